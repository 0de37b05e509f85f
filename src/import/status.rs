//! Deciding from an export's status columns whether a registrant may be let in. Cancelled or
//! unpaid registrants are still imported, so front-desk staff find them when they turn up and
//! can see why they are not on the list.

use super::clean::fold;
use super::{Format, vendor};

/// How a status column is written: a free-text state, or a yes/no column named after the
/// bad news ("Void", "Refunded", "Cancelled").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusColumn {
    State,
    Flag(&'static str),
}

impl StatusColumn {
    pub fn for_header(header: &str) -> StatusColumn {
        match fold(header).as_str() {
            "void" | "voidstatus" | "voided" | "isvoid" => StatusColumn::Flag("ticket void"),
            "refunded" => StatusColumn::Flag("ticket refunded"),
            "cancelled" | "canceled" | "avbokad" | "storniert" | "annule" | "cancelado" => {
                StatusColumn::Flag("registration cancelled")
            }
            _ => StatusColumn::State,
        }
    }
}

/// What one status value says about letting the registrant in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    Admitted,
    NotAdmitted(String),
    /// A value frontdesk does not know; the registrant is admitted and the organizer warned.
    Unclear,
}

pub fn judge(format: Format, column: StatusColumn, value: &str) -> Reading {
    let lower = value.trim().to_lowercase();
    if lower.is_empty() {
        return Reading::Admitted;
    }
    match column {
        StatusColumn::Flag(reason) => flag(&lower, reason),
        StatusColumn::State => vendor::of(format).reads_state.unwrap_or(state)(&lower, value),
    }
}

fn flag(lower: &str, reason: &str) -> Reading {
    match lower {
        "yes" | "y" | "true" | "1" | "x" | "ja" | "oui" | "si" | "sí" | "void" | "voided"
        | "refunded" | "cancelled" | "canceled" => Reading::NotAdmitted(reason.to_owned()),
        "no" | "n" | "false" | "0" | "nej" | "nein" | "non" | "nee" | "not void" | "valid"
        | "-" => Reading::Admitted,
        _ => Reading::Unclear,
    }
}

fn state(lower: &str, value: &str) -> Reading {
    match lower {
        "paid" | "attending" | "confirmed" | "registered" | "complete" | "completed"
        | "checked in" | "active" | "valid" | "approved" | "accepted" | "ok" | "yes" | "free"
        | "not void" => Reading::Admitted,
        "cancelled" | "canceled" | "refunded" | "void" | "voided" | "not attending"
        | "declined" | "expired" | "pending" | "unpaid" | "transferred" | "deleted"
        | "rejected" | "waitlist" | "waitlisted" | "no" => {
            Reading::NotAdmitted(format!("status: {}", value.trim()))
        }
        _ => Reading::Unclear,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn not_admitted(reason: &str) -> Reading {
        Reading::NotAdmitted(reason.to_owned())
    }

    #[test]
    fn eventbrite_admits_only_attending() {
        let status = StatusColumn::for_header("Attendee Status");
        let judge_eb = |value| judge(Format::Eventbrite, status, value);
        assert_eq!(judge_eb("Attending"), Reading::Admitted);
        assert_eq!(judge_eb("Checked In"), Reading::Admitted);
        assert_eq!(judge_eb(""), Reading::Admitted);
        assert_eq!(
            judge_eb("Not Attending"),
            not_admitted("Eventbrite status: Not Attending")
        );
        assert_eq!(
            judge_eb("Transferred"),
            not_admitted("Eventbrite status: Transferred")
        );
    }

    #[test]
    fn pretix_admits_paid_orders() {
        let judge_px = |value| judge(Format::Pretix, StatusColumn::State, value);
        assert_eq!(judge_px("paid"), Reading::Admitted);
        assert_eq!(judge_px("p"), Reading::Admitted);
        assert_eq!(
            judge_px("pending"),
            not_admitted("pretix order status: pending — not paid")
        );
        assert_eq!(
            judge_px("Cancelled"),
            not_admitted("pretix order status: canceled")
        );
        assert_eq!(
            judge_px("expired"),
            not_admitted("pretix order status: expired")
        );
        assert_eq!(judge_px("approval"), Reading::Unclear);
    }

    #[test]
    fn void_and_refund_columns_are_flags() {
        let void = StatusColumn::for_header("Void Status");
        assert_eq!(void, StatusColumn::Flag("ticket void"));
        assert_eq!(
            judge(Format::Tito, void, "void"),
            not_admitted("ticket void")
        );
        assert_eq!(
            judge(Format::Tito, void, "TRUE"),
            not_admitted("ticket void")
        );
        assert_eq!(judge(Format::Tito, void, "false"), Reading::Admitted);
        assert_eq!(judge(Format::Tito, void, ""), Reading::Admitted);
        let refunded = StatusColumn::for_header("Refunded?");
        assert_eq!(
            judge(Format::Generic, refunded, "yes"),
            not_admitted("ticket refunded")
        );
        assert_eq!(judge(Format::Generic, refunded, "maybe"), Reading::Unclear);
    }

    #[test]
    fn free_text_status_in_other_exports() {
        let generic = |value| judge(Format::Generic, StatusColumn::State, value);
        assert_eq!(generic("Confirmed"), Reading::Admitted);
        assert_eq!(generic("Cancelled"), not_admitted("status: Cancelled"));
        assert_eq!(generic("Speaker"), Reading::Unclear);
    }
}
