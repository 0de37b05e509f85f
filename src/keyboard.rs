//! Barcode scanners are keyboards, and most are set to the US layout. On a computer set to a
//! French (AZERTY) or German (QWERTZ) layout, the host reads the scanner's key presses through
//! its own layout, so a scanned code arrives with other characters. The desk undoes that when a
//! code does not resolve as typed.
//!
//! What a US-layout scanner's keys produce on each host layout (uppercase letters are sent
//! with Shift, digits without):
//!
//! | US key | AZERTY (France) | AZERTY (Belgium) | QWERTZ (Germany, Switzerland) |
//! |---|---|---|---|
//! | 1 2 3 4 5 | & é " ' ( | & é " ' ( | 1 2 3 4 5 |
//! | 6 7 8 9 0 | - è _ ç à | § è ! ç à | 6 7 8 9 0 |
//! | A / Q | Q / A | Q / A | A / Q |
//! | Z / W | W / Z | W / Z | Y / W |
//! | Y | Y | Y | Z |
//! | M (Shift) | ? | ? | M |
//! | - | ) | ) | ß |

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostLayout {
    Azerty,
    AzertyBelgian,
    Qwertz,
}

pub const HOST_LAYOUTS: [HostLayout; 3] = [
    HostLayout::Azerty,
    HostLayout::AzertyBelgian,
    HostLayout::Qwertz,
];

/// (what the US scanner meant, what the host shows)
fn table(layout: HostLayout) -> &'static [(char, char)] {
    const AZERTY: &[(char, char)] = &[
        ('1', '&'),
        ('2', 'é'),
        ('3', '"'),
        ('4', '\''),
        ('5', '('),
        ('6', '-'),
        ('7', 'è'),
        ('8', '_'),
        ('9', 'ç'),
        ('0', 'à'),
        ('A', 'Q'),
        ('Q', 'A'),
        ('Z', 'W'),
        ('W', 'Z'),
        ('M', '?'),
        ('-', ')'),
    ];
    const AZERTY_BELGIAN: &[(char, char)] = &[
        ('1', '&'),
        ('2', 'é'),
        ('3', '"'),
        ('4', '\''),
        ('5', '('),
        ('6', '§'),
        ('7', 'è'),
        ('8', '!'),
        ('9', 'ç'),
        ('0', 'à'),
        ('A', 'Q'),
        ('Q', 'A'),
        ('Z', 'W'),
        ('W', 'Z'),
        ('M', '?'),
        ('-', ')'),
    ];
    const QWERTZ: &[(char, char)] = &[('Y', 'Z'), ('Z', 'Y'), ('-', 'ß')];
    match layout {
        HostLayout::Azerty => AZERTY,
        HostLayout::AzertyBelgian => AZERTY_BELGIAN,
        HostLayout::Qwertz => QWERTZ,
    }
}

/// What the host shows when a US-layout scanner types `text` (used by tests and docs).
pub fn as_seen_on(layout: HostLayout, text: &str) -> String {
    translate(text, table(layout).iter().map(|&(us, host)| (us, host)))
}

/// What a US-layout scanner meant, given what a host with `layout` shows.
pub fn as_meant(layout: HostLayout, shown: &str) -> String {
    translate(shown, table(layout).iter().map(|&(us, host)| (host, us)))
}

fn translate(text: &str, pairs: impl Iterator<Item = (char, char)> + Clone) -> String {
    text.chars()
        .map(|c| {
            let upper = c.to_ascii_uppercase();
            pairs
                .clone()
                .find(|&(from, _)| from == c || from == upper)
                .map(|(_, to)| to)
                .unwrap_or(c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_host_shifts_digits_and_swaps_letters() {
        assert_eq!(as_seen_on(HostLayout::Azerty, "K7QM2ZW0"), "KèA?éWZà");
        assert_eq!(as_meant(HostLayout::Azerty, "KèA?éWZà"), "K7QM2ZW0");
    }

    #[test]
    fn german_host_swaps_y_and_z() {
        assert_eq!(as_seen_on(HostLayout::Qwertz, "XYZ9"), "XZY9");
        assert_eq!(as_meant(HostLayout::Qwertz, "XZY9"), "XYZ9");
    }

    #[test]
    fn every_layout_round_trips_every_badge_character() {
        let all = "0123456789ABCDEFGHJKMNPQRSTVWXYZ-";
        for layout in HOST_LAYOUTS {
            assert_eq!(
                as_meant(layout, &as_seen_on(layout, all)),
                all,
                "{layout:?}"
            );
        }
    }
}
