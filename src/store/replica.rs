//! This desk's copy of a hub's event: the rows it sends the hub as JSON images, and the
//! images and scans from the hub's feed it applies. Images carry every column by name, so a
//! desk one schema version behind keeps the columns it knows.

use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{Connection, OptionalExtension, Transaction, params_from_iter};
use serde_json::{Map, Value, json};

use super::hub::{FedScan, FeedItem, Image, ImageKind, Pulled, ScanAction};
use super::{Store, StoreError, Timestamp};

/// What applying a page of the feed changed here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Applied {
    pub images: u64,
    pub check_ins: u64,
    pub undos: u64,
}

impl Store {
    /// Applies a page of the hub's feed in one transaction and remembers how far it got. The
    /// outbox's triggers are held off meanwhile: what comes from the hub is not sent back.
    pub fn apply_feed(&mut self, pulled: &Pulled) -> Result<Applied, StoreError> {
        let tx = self.write()?;
        tx.execute("UPDATE hub_link SET applying = 1", [])?;
        let mut applied = Applied::default();
        for (_, item) in &pulled.items {
            match item {
                FeedItem::Image(image) => {
                    apply_image(&tx, image)?;
                    applied.images += 1;
                }
                FeedItem::Scan(scan) => apply_scan(&tx, scan, &mut applied)?,
            }
        }
        tx.execute(
            "UPDATE hub_link SET applying = 0, feed_position = max(feed_position, ?1)",
            [pulled.next_after],
        )?;
        tx.commit()?;
        Ok(applied)
    }

    /// The images of the rows an organizer changed here since the hub last took them, with
    /// the outbox versions to clear once the hub has them.
    pub fn outbox_images(&self) -> Result<(Vec<Image>, Vec<OutboxMark>), StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT kind, key, version FROM hub_outbox ORDER BY kind, key")?;
        let marks: Vec<OutboxMark> = stmt
            .query_map([], |row| {
                Ok(OutboxMark {
                    kind: row.get(0)?,
                    key: row.get(1)?,
                    version: row.get(2)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut images = Vec::with_capacity(marks.len());
        for mark in &marks {
            let kind = kind_of(&mark.kind)?;
            images.push(Image {
                kind,
                key: mark.key.clone(),
                image: image_of(&self.conn, kind, &mark.key)?,
            });
        }
        Ok((images, marks))
    }

    /// Forgets outbox entries the hub committed, unless they changed again meanwhile.
    pub fn clear_outbox(&mut self, marks: &[OutboxMark]) -> Result<(), StoreError> {
        let tx = self.write()?;
        {
            let mut delete = tx.prepare_cached(
                "DELETE FROM hub_outbox WHERE kind = ?1 AND key = ?2 AND version = ?3",
            )?;
            for mark in marks {
                delete.execute(rusqlite::params![mark.kind, mark.key, mark.version])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Every row of the event as an image: what `hub init` uploads.
    pub(crate) fn all_images(&self) -> Result<Vec<Image>, StoreError> {
        let mut images = Vec::new();
        for kind in [ImageKind::Event, ImageKind::Agenda] {
            images.push(Image {
                kind,
                key: String::new(),
                image: image_of(&self.conn, kind, "")?,
            });
        }
        let keys: Vec<String> = self
            .conn
            .prepare("SELECT key FROM setting WHERE key NOT IN ('printer', 'organizer_pin_failures', 'organizer_pin_not_before')")?
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        for key in keys {
            images.push(Image {
                kind: ImageKind::Setting,
                image: image_of(&self.conn, ImageKind::Setting, &key)?,
                key,
            });
        }
        let codes: Vec<String> = self
            .conn
            .prepare("SELECT badge_code FROM attendee ORDER BY id")?
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        for code in codes {
            images.push(Image {
                kind: ImageKind::Attendee,
                image: image_of(&self.conn, ImageKind::Attendee, &code)?,
                key: code,
            });
        }
        Ok(images)
    }
}

/// An outbox entry as it was read, to clear it only if it has not changed since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMark {
    kind: String,
    key: String,
    version: i64,
}

fn kind_of(text: &str) -> Result<ImageKind, StoreError> {
    ImageKind::parse(text).map_err(|e| StoreError::BadHubData(e.to_string()))
}

/// The image of one row as it is now; `None` when it is gone.
fn image_of(conn: &Connection, kind: ImageKind, key: &str) -> Result<Option<Value>, StoreError> {
    match kind {
        ImageKind::Event => row_json(conn, "SELECT * FROM event WHERE id = 1", []),
        ImageKind::Setting => row_json(conn, "SELECT value FROM setting WHERE key = ?1", [key]),
        ImageKind::Agenda => Ok(Some(json!({
            "rooms": rows_json(conn, "SELECT * FROM agenda_room ORDER BY position", [])?,
            "sessions": rows_json(conn, "SELECT * FROM agenda_session ORDER BY id", [])?,
        }))),
        ImageKind::Attendee => attendee_image(conn, key),
    }
}

fn attendee_image(conn: &Connection, badge_code: &str) -> Result<Option<Value>, StoreError> {
    let Some(mut row) = row_json(
        conn,
        "SELECT * FROM attendee WHERE badge_code = ?1",
        [badge_code],
    )?
    else {
        return Ok(None);
    };
    let id = row.get("id").and_then(Value::as_i64).unwrap_or_default();
    if let Value::Object(fields) = &mut row {
        fields.remove("id");
    }
    let codes = rows_json(
        conn,
        "SELECT code FROM ticket_code WHERE attendee_id = ?1 ORDER BY code",
        [id],
    )?;
    let import_values = rows_json(
        conn,
        "SELECT field, value FROM attendee_import_value WHERE attendee_id = ?1 ORDER BY field",
        [id],
    )?;
    Ok(Some(json!({
        "row": row,
        "codes": codes.iter().filter_map(|c| c.get("code").cloned()).collect::<Vec<_>>(),
        "import_values": import_values,
    })))
}

fn row_json<P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    params: P,
) -> Result<Option<Value>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
    stmt.query_row(params, |row| Ok(object_of(row, &names)))
        .optional()?
        .transpose()
}

fn rows_json<P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    params: P,
) -> Result<Vec<Value>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
    let rows = stmt.query_map(params, |row| Ok(object_of(row, &names)))?;
    let mut values = Vec::new();
    for row in rows {
        values.push(row??);
    }
    Ok(values)
}

fn object_of(row: &rusqlite::Row<'_>, names: &[String]) -> Result<Value, StoreError> {
    let mut object = Map::new();
    for (index, name) in names.iter().enumerate() {
        let value = match row.get_ref(index)? {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => json!(i),
            ValueRef::Real(f) => json!(f),
            ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
            ValueRef::Blob(_) => Value::Null,
        };
        object.insert(name.clone(), value);
    }
    Ok(Value::Object(object))
}

fn sql_value(value: &Value) -> SqlValue {
    match value {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

/// The columns `table` has here: an image's other fields come from a newer desk and wait.
fn columns(tx: &Transaction<'_>, table: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt = tx.prepare_cached(&format!("SELECT name FROM pragma_table_info('{table}')"))?;
    let names = stmt.query_map([], |row| row.get(0))?;
    Ok(names.collect::<Result<_, _>>()?)
}

/// Inserts `row` into `table`, or updates the row with the same `key_column`.
fn upsert(
    tx: &Transaction<'_>,
    table: &str,
    key_column: &str,
    row: &Map<String, Value>,
) -> Result<(), StoreError> {
    let known = columns(tx, table)?;
    let fields: Vec<(&String, &Value)> = row
        .iter()
        .filter(|(name, _)| known.contains(name))
        .collect();
    let names: Vec<&str> = fields.iter().map(|(n, _)| n.as_str()).collect();
    let placeholders: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    let updates: Vec<String> = names
        .iter()
        .filter(|n| **n != key_column)
        .map(|n| format!("{n} = excluded.{n}"))
        .collect();
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({}) ON CONFLICT ({key_column}) DO {}",
        names.join(", "),
        placeholders.join(", "),
        if updates.is_empty() {
            "NOTHING".to_string()
        } else {
            format!("UPDATE SET {}", updates.join(", "))
        }
    );
    tx.prepare_cached(&sql)?
        .execute(params_from_iter(fields.iter().map(|(_, v)| sql_value(v))))?;
    Ok(())
}

fn apply_image(tx: &Transaction<'_>, image: &Image) -> Result<(), StoreError> {
    match (image.kind, &image.image) {
        (ImageKind::Setting, None) => {
            tx.execute("DELETE FROM setting WHERE key = ?1", [&image.key])?;
        }
        (ImageKind::Setting, Some(value)) => {
            let text = value.get("value").and_then(Value::as_str).unwrap_or("");
            super::write_settings(tx, &[(image.key.as_str(), text.to_string())])?;
        }
        (ImageKind::Event, Some(Value::Object(row))) => upsert(tx, "event", "id", row)?,
        (ImageKind::Agenda, Some(agenda)) => apply_agenda(tx, agenda)?,
        (ImageKind::Attendee, Some(person)) => apply_attendee(tx, &image.key, person)?,
        (ImageKind::Attendee, None) => remove_attendee(tx, &image.key)?,
        (ImageKind::Event | ImageKind::Agenda, _) => {}
    }
    Ok(())
}

fn apply_agenda(tx: &Transaction<'_>, agenda: &Value) -> Result<(), StoreError> {
    tx.execute_batch("DELETE FROM agenda_session; DELETE FROM agenda_room;")?;
    let list = |name: &str| agenda.get(name).and_then(Value::as_array).cloned();
    for room in list("rooms").unwrap_or_default() {
        if let Value::Object(row) = room {
            upsert(tx, "agenda_room", "name", &row)?;
        }
    }
    for session in list("sessions").unwrap_or_default() {
        // Sessions keep their ids: the whole agenda travels together.
        if let Value::Object(row) = session {
            upsert(tx, "agenda_session", "id", &row)?;
        }
    }
    Ok(())
}

fn apply_attendee(
    tx: &Transaction<'_>,
    badge_code: &str,
    person: &Value,
) -> Result<(), StoreError> {
    let Some(Value::Object(row)) = person.get("row") else {
        return Err(StoreError::BadHubData(format!(
            "the hub's row for {badge_code} has no fields"
        )));
    };
    upsert(tx, "attendee", "badge_code", row)?;
    let id: i64 = tx.query_row(
        "SELECT id FROM attendee WHERE badge_code = ?1",
        [badge_code],
        |r| r.get(0),
    )?;
    tx.execute("DELETE FROM ticket_code WHERE attendee_id = ?1", [id])?;
    let codes = person
        .get("codes")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for code in codes.iter().filter_map(Value::as_str) {
        tx.execute(
            "INSERT INTO ticket_code (code, attendee_id) VALUES (?1, ?2)
             ON CONFLICT (code) DO UPDATE SET attendee_id = excluded.attendee_id",
            rusqlite::params![code, id],
        )?;
    }
    tx.execute(
        "DELETE FROM attendee_import_value WHERE attendee_id = ?1",
        [id],
    )?;
    let values = person
        .get("import_values")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for value in values {
        let field = value
            .get("field")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let text = value
            .get("value")
            .and_then(Value::as_str)
            .unwrap_or_default();
        tx.execute(
            "INSERT INTO attendee_import_value (attendee_id, field, value) VALUES (?1, ?2, ?3)",
            rusqlite::params![id, field, text],
        )?;
    }
    Ok(())
}

/// A person the hub no longer has. Someone with check-ins here stays: the log is never cut.
fn remove_attendee(tx: &Transaction<'_>, badge_code: &str) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM attendee WHERE badge_code = ?1
           AND NOT EXISTS (SELECT 1 FROM checkin_log l WHERE l.attendee_id = attendee.id)
           AND NOT EXISTS (SELECT 1 FROM attendee_change c WHERE c.attendee_id = attendee.id)",
        [badge_code],
    )?;
    Ok(())
}

/// A check-in or an undo decided at the hub, written here once (by its scan id), and only
/// where it changes who stands checked in: a desk that lost a conflict keeps its own entry.
fn apply_scan(
    tx: &Transaction<'_>,
    scan: &FedScan,
    applied: &mut Applied,
) -> Result<(), StoreError> {
    let scan_id = scan.scan_id.to_string();
    let known: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM checkin_log WHERE scan_id = ?1)")?
        .query_row([&scan_id], |r| r.get(0))?;
    if known {
        return Ok(());
    }
    let Some(attendee_id) = tx
        .prepare_cached("SELECT id FROM attendee WHERE badge_code = ?1")?
        .query_row([&scan.badge_code], |r| r.get::<_, i64>(0))
        .optional()?
    else {
        tracing::warn!(code = %scan.badge_code, "a scan from the hub names nobody this desk knows");
        return Ok(());
    };
    let day = scan.day.to_string();
    let standing: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM presence WHERE attendee_id = ?1 AND day = ?2)",
        )?
        .query_row(rusqlite::params![attendee_id, day], |r| r.get(0))?;
    let action = match (scan.action, scan.result.as_str(), standing) {
        (ScanAction::CheckIn, "admitted", false) => "check_in",
        (ScanAction::Undo, "undone", true) => "undo",
        _ => return Ok(()),
    };
    tx.prepare_cached(
        "INSERT INTO checkin_log (attendee_id, day, at, desk, action, by_whom, scan_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?6)",
    )?
    .execute(rusqlite::params![
        attendee_id,
        day,
        Timestamp::from(scan.scanned_at),
        scan.desk,
        action,
        scan_id
    ])?;
    match action {
        "check_in" => applied.check_ins += 1,
        _ => applied.undos += 1,
    }
    Ok(())
}
