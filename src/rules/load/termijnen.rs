//! When a regulation can be requested and what comes first: `van` / `tot_en_met` ("1 oktober"), `binnen_maanden`
//! and `eerst` in `[regeling.aanvragen]`.

use super::super::datum::MAANDEN;
use super::*;

impl Loader<'_> {
    /// "1 oktober" as a day of the year; 29 februari is not allowed (it does not come every year).
    pub(super) fn dag_maand(&mut self, v: &S<String>) -> Option<DagMaand> {
        let tekst = v.get_ref().trim().to_lowercase();
        let gelezen = tekst.split_once(' ').and_then(|(dag, maand)| {
            let dag: u32 = dag.parse().ok()?;
            let maand = MAANDEN.iter().position(|m| *m == maand.trim())? as u32 + 1;
            // a year that is not a leap year, so 29 februari is refused
            Datum::new(2025, maand, dag).map(|_| DagMaand { dag, maand })
        });
        if gelezen.is_none() {
            self.errs.at(v.span(), format!("'{}' is geen dag van het jaar. Schrijf de dag en de maand, zoals \"1 oktober\" of \"31 januari\".", v.get_ref()));
        }
        gelezen
    }

    pub(super) fn binnen_maanden(&mut self, v: &S<i64>) -> Option<u32> {
        match u32::try_from(*v.get_ref()) {
            Ok(n) if (1..=60).contains(&n) => Some(n),
            _ => {
                self.errs.at(v.span(), "binnen_maanden is een aantal maanden van 1 tot en met 60, zoals 3. Zeg in termijn waarna: \"Vraag aan binnen 3 maanden nadat u de kosten maakte.\"");
                None
            }
        }
    }

    /// The regulations that come first: ids of this file (or, for a municipality's file, also national ones).
    pub(super) fn eerst(&mut self, ids: &[S<String>], eigen: &str) -> Vec<String> {
        let mut uit = Vec::new();
        for id in ids {
            let naam = id.get_ref();
            if naam == eigen {
                self.errs.at(id.span(), format!("Regeling '{eigen}' kan niet eerst zichzelf hebben. Haal '{naam}' weg bij eerst."));
            } else if !self.regeling_ids.contains(naam) {
                let bekend: Vec<&str> = self.regeling_ids.iter().map(String::as_str).collect();
                self.errs.at(id.span(), format!("Regeling '{naam}' bij eerst staat niet in het bestand.{} Schrijf de id van een regeling.", bedoelt_u(naam, bekend)));
            } else {
                uit.push(naam.clone());
            }
        }
        uit
    }
}
