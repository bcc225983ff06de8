//! The three values of an outcome (ja / misschien / nee) and Kleene's and, or and not over them.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ja,
    Misschien,
    Nee,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ja => "ja",
            Status::Misschien => "misschien",
            Status::Nee => "nee",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "ja" => Some(Status::Ja),
            "misschien" => Some(Status::Misschien),
            "nee" => Some(Status::Nee),
            _ => None,
        }
    }

    pub(crate) fn from_bool(b: bool) -> Status {
        if b {
            Status::Ja
        } else {
            Status::Nee
        }
    }

    pub(crate) fn and(parts: impl IntoIterator<Item = Status>) -> Status {
        let mut uit = Status::Ja;
        for s in parts {
            match s {
                Status::Nee => return Status::Nee,
                Status::Misschien => uit = Status::Misschien,
                Status::Ja => {}
            }
        }
        uit
    }

    pub(crate) fn or(parts: impl IntoIterator<Item = Status>) -> Status {
        let mut uit = Status::Nee;
        for s in parts {
            match s {
                Status::Ja => return Status::Ja,
                Status::Misschien => uit = Status::Misschien,
                Status::Nee => {}
            }
        }
        uit
    }

    pub(crate) fn not(self) -> Status {
        match self {
            Status::Ja => Status::Nee,
            Status::Nee => Status::Ja,
            Status::Misschien => Status::Misschien,
        }
    }
}
