//! Calendar dates without a time zone: what norms, regulations and example households are dated by.

use super::vertaling::{t, tf};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Datum {
    jaar: i32,
    maand: u32,
    dag: u32,
}

pub(crate) const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

fn is_leap(jaar: i32) -> bool {
    (jaar % 4 == 0 && jaar % 100 != 0) || jaar % 400 == 0
}

fn days_in_month(jaar: i32, maand: u32) -> u32 {
    match maand {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(jaar) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Datum {
    /// Stands in for a date the file got wrong; the load error already tells the policy officer.
    pub const EPOCH: Datum = Datum {
        jaar: 1970,
        maand: 1,
        dag: 1,
    };

    /// A real calendar date, or `None` (31 April, 29 February 2025, month 13 ...).
    pub fn new(jaar: i32, maand: u32, dag: u32) -> Option<Datum> {
        let valid = (1900..=2200).contains(&jaar)
            && (1..=12).contains(&maand)
            && dag >= 1
            && dag <= days_in_month(jaar, maand);
        valid.then_some(Datum { jaar, maand, dag })
    }

    /// Parses `YYYY-MM-DD`; the error is Dutch and says how to write it.
    pub fn parse(tekst: &str) -> Result<Datum, String> {
        let fout =
            || format!("'{tekst}' is geen datum. Schrijf jaar-maand-dag, bijvoorbeeld 2025-07-01.");
        let delen: Vec<&str> = tekst.trim().split('-').collect();
        if delen.len() != 3 || delen[0].len() != 4 || delen[1].len() != 2 || delen[2].len() != 2 {
            return Err(fout());
        }
        let getal = |s: &str| s.parse::<u32>().ok();
        match (getal(delen[0]), getal(delen[1]), getal(delen[2])) {
            (Some(j), Some(m), Some(d)) => Datum::new(j as i32, m, d).ok_or_else(|| {
                format!("{tekst} bestaat niet in de kalender. Kijk of maand en dag kloppen.")
            }),
            _ => Err(fout()),
        }
    }

    /// The civil date `days` days after 1 January 1970 (Howard Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> Option<Datum> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let dag = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let maand = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let jaar = yoe + era * 400 + i64::from(maand <= 2);
        Datum::new(i32::try_from(jaar).ok()?, maand, dag)
    }

    pub fn jaar(self) -> i32 {
        self.jaar
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier); a started month does not count.
    pub fn months_until(self, later: Datum) -> i32 {
        let mut months = (later.jaar - self.jaar) * 12 + later.maand as i32 - self.maand as i32;
        if later.dag < self.dag {
            months -= 1;
        }
        months
    }

    /// "1 juli 2025": how a resident reads a date (the month in the language in use).
    pub fn nl(self) -> String {
        tf(
            "{dag} {maand} {jaar}",
            &[
                ("dag", &self.dag.to_string()),
                ("maand", &maand_naam(self.maand)),
                ("jaar", &self.jaar.to_string()),
            ],
        )
    }
}

/// A month's name in the language in use (`MAANDEN` are the Dutch names a file may write).
pub(crate) fn maand_naam(maand: u32) -> String {
    match maand {
        1 => t("januari"),
        2 => t("februari"),
        3 => t("maart"),
        4 => t("april"),
        5 => t("mei"),
        6 => t("juni"),
        7 => t("juli"),
        8 => t("augustus"),
        9 => t("september"),
        10 => t("oktober"),
        11 => t("november"),
        _ => t("december"),
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.jaar, self.maand, self.dag)
    }
}

impl Serialize for Datum {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Datum {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let tekst = String::deserialize(d)?;
        Datum::parse(&tekst).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_dates_that_do_not_exist() {
        assert!(Datum::new(2025, 2, 29).is_none());
        assert!(Datum::new(2024, 2, 29).is_some());
        assert!(Datum::parse("2025-13-01").is_err());
        assert!(Datum::parse("1 juli 2025").is_err());
        assert_eq!(Datum::parse("2025-07-01").unwrap().nl(), "1 juli 2025");
    }

    #[test]
    fn unix_days_give_the_civil_date() {
        assert_eq!(Datum::from_unix_days(0), Datum::new(1970, 1, 1));
        assert_eq!(Datum::from_unix_days(20_415), Datum::new(2025, 11, 23));
    }

    #[test]
    fn counts_whole_months() {
        let a = Datum::new(2025, 7, 1).unwrap();
        assert_eq!(a.months_until(Datum::new(2026, 1, 31).unwrap()), 6);
        assert_eq!(a.months_until(Datum::new(2026, 2, 1).unwrap()), 7);
    }
}
