//! Arrival bins: local ten-minute marks, gaps, boundaries and clock changes.

use super::*;

fn utc(text: &str) -> DateTime<Utc> {
    crate::time::parse_utc(text).expect("test instant")
}

fn stockholm() -> Tz {
    "Europe/Stockholm".parse().expect("known zone")
}

fn starts_and_counts(bins: &[Bin]) -> Vec<(String, u32)> {
    bins.iter()
        .map(|b| (crate::store::format_utc(b.start), b.check_ins))
        .collect()
}

#[test]
fn no_check_ins_no_bins() {
    assert!(bins(&[], BIN_WIDTH, stockholm()).is_empty());
}

#[test]
fn aligns_to_ten_minute_marks_of_the_local_clock() {
    // 09:03 and 09:17 in Stockholm (summer time, UTC+2).
    let got = bins(
        &[utc("2024-06-12T07:03:10Z"), utc("2024-06-12T07:17:59Z")],
        BIN_WIDTH,
        stockholm(),
    );
    assert_eq!(
        starts_and_counts(&got),
        [
            ("2024-06-12T07:00:00.000Z".to_string(), 1),
            ("2024-06-12T07:10:00.000Z".to_string(), 1)
        ]
    );
    let local = got[0].start.with_timezone(&stockholm());
    assert_eq!(local.format("%H:%M").to_string(), "09:00");
}

#[test]
fn aligns_to_local_marks_where_the_offset_is_not_whole_hours() {
    // Kathmandu is UTC+5:45: 13:07 local is 07:22 UTC, and its bin starts 13:00 local.
    let zone: Tz = "Asia/Kathmandu".parse().expect("known zone");
    let got = bins(&[utc("2024-06-12T07:22:00Z")], BIN_WIDTH, zone);
    assert_eq!(got.len(), 1);
    let local = got[0].start.with_timezone(&zone);
    assert_eq!(local.format("%H:%M").to_string(), "13:00");
}

#[test]
fn fills_gaps_with_empty_bins() {
    let got = bins(
        &[
            utc("2024-06-12T07:01:00Z"),
            utc("2024-06-12T07:02:00Z"),
            utc("2024-06-12T07:41:00Z"),
        ],
        BIN_WIDTH,
        stockholm(),
    );
    let counts: Vec<u32> = got.iter().map(|b| b.check_ins).collect();
    assert_eq!(counts, [2, 0, 0, 0, 1]);
}

#[test]
fn an_instant_on_a_boundary_belongs_to_the_later_bin() {
    let got = bins(
        &[utc("2024-06-12T07:09:59.999Z"), utc("2024-06-12T07:10:00Z")],
        BIN_WIDTH,
        stockholm(),
    );
    assert_eq!(
        starts_and_counts(&got),
        [
            ("2024-06-12T07:00:00.000Z".to_string(), 1),
            ("2024-06-12T07:10:00.000Z".to_string(), 1)
        ]
    );
}

#[test]
fn spring_forward_leaves_no_gap_and_no_overlap() {
    // 2024-03-31: Stockholm jumps from 02:00 to 03:00 at 01:00 UTC.
    let got = bins(
        &[utc("2024-03-31T00:55:00Z"), utc("2024-03-31T01:05:00Z")],
        BIN_WIDTH,
        stockholm(),
    );
    let local: Vec<String> = got
        .iter()
        .map(|b| {
            b.start
                .with_timezone(&stockholm())
                .format("%H:%M")
                .to_string()
        })
        .collect();
    assert_eq!(local, ["01:50", "03:00"]);
    assert_eq!(got[1].start - got[0].start, BIN_WIDTH);
}

#[test]
fn fall_back_keeps_the_repeated_hour_apart() {
    // 2024-10-27: Stockholm goes from 03:00 summer time back to 02:00 at 01:00 UTC.
    let got = bins(
        &[
            utc("2024-10-27T00:55:00Z"),
            utc("2024-10-27T01:05:00Z"),
            utc("2024-10-27T00:05:00Z"),
        ],
        BIN_WIDTH,
        stockholm(),
    );
    assert_eq!(got.len(), 7);
    let local: Vec<String> = got
        .iter()
        .map(|b| {
            b.start
                .with_timezone(&stockholm())
                .format("%H:%M")
                .to_string()
        })
        .collect();
    assert_eq!(
        local,
        [
            "02:00", "02:10", "02:20", "02:30", "02:40", "02:50", "02:00"
        ]
    );
    let counts: Vec<u32> = got.iter().map(|b| b.check_ins).collect();
    assert_eq!(counts, [1, 0, 0, 0, 0, 1, 1]);
}

#[test]
fn a_width_of_zero_gives_no_bins() {
    assert!(
        bins(
            &[utc("2024-06-12T07:01:00Z")],
            Duration::zero(),
            stockholm()
        )
        .is_empty()
    );
}

#[test]
fn the_chart_spans_whole_hours_around_the_arrivals() {
    let zone = stockholm();
    let hours = |span: &ChartSpan| -> Vec<String> {
        span.hours
            .iter()
            .map(|h| h.with_timezone(&zone).format("%H:%M").to_string())
            .collect()
    };
    // Every arrival in one bin (09:10-09:20): still an hour's scale, 09:00 to 10:00.
    let one_bin = bins(&[utc("2018-07-09T07:12:00Z")], BIN_WIDTH, zone);
    let span = chart_span(&one_bin, zone).expect("a span");
    assert_eq!(hours(&span), ["09:00", "10:00"]);
    // 08:41 to 11:05: 08:00 to 12:00.
    let morning = bins(
        &[utc("2018-07-09T06:41:00Z"), utc("2018-07-09T09:05:00Z")],
        BIN_WIDTH,
        zone,
    );
    let span = chart_span(&morning, zone).expect("a span");
    assert_eq!(hours(&span), ["08:00", "09:00", "10:00", "11:00", "12:00"]);
    // A last bin ending on the hour (10:50-11:00) does not add an empty hour.
    let to_the_hour = bins(&[utc("2018-07-09T08:55:00Z")], BIN_WIDTH, zone);
    assert_eq!(
        hours(&chart_span(&to_the_hour, zone).unwrap()),
        ["10:00", "11:00"]
    );
    assert_eq!(chart_span(&[], zone), None);
}

#[test]
fn the_chart_hours_are_the_zones_whole_hours() {
    // India is 5 h 30 min ahead of UTC: its whole hours fall on UTC half hours.
    let zone: Tz = "Asia/Kolkata".parse().unwrap();
    let one = bins(&[utc("2018-07-09T04:00:00Z")], BIN_WIDTH, zone);
    let span = chart_span(&one, zone).unwrap();
    assert_eq!(
        span.start.with_timezone(&zone).format("%H:%M").to_string(),
        "09:00"
    );
}
