//! Which question to ask next: the first unanswered one, in file order, whose answer can still change the status of
//! some regulation. None left means the list is ready.

use super::datum::Datum;
use super::evaluate::{in_scope, Feiten, Node, Status};
use super::model::{Antwoorden, Regels, Vraag};
use std::collections::HashSet;

/// Beyond this many open leaves in one regulation we stop enumerating and treat each as able to decide.
const MAX_ENUMERATED_LEAVES: usize = 10;

pub fn next_question<'a>(
    regels: &'a Regels,
    antwoorden: &Antwoorden,
    datum: Datum,
) -> Option<&'a Vraag> {
    let feiten = Feiten::new(regels, antwoorden, datum);
    let relevant = relevant_questions(&feiten);
    regels.vragen.iter().find(|v| {
        !antwoorden.contains_key(&v.id) && relevant.contains(v.id.as_str()) && holds(&feiten, v)
    })
}

/// Whether a question may be asked with these answers: its `alleen_als` holds (the partner's age only once there
/// is a partner). A question without `alleen_als` always may.
pub fn may_ask(regels: &Regels, vraag: &Vraag, antwoorden: &Antwoorden, datum: Datum) -> bool {
    holds(&Feiten::new(regels, antwoorden, datum), vraag)
}

fn holds(feiten: &Feiten, vraag: &Vraag) -> bool {
    vraag
        .alleen_als
        .as_ref()
        .is_none_or(|c| feiten.node(c).status == Status::Ja)
}

/// An upper bound on how many questions are still to come, for "nog hoogstens N vragen".
pub fn open_questions(regels: &Regels, antwoorden: &Antwoorden, datum: Datum) -> usize {
    let feiten = Feiten::new(regels, antwoorden, datum);
    let relevant = relevant_questions(&feiten);
    regels
        .vragen
        .iter()
        .filter(|v| {
            !antwoorden.contains_key(&v.id)
                && relevant.contains(v.id.as_str())
                && v.alleen_als
                    .as_ref()
                    .is_none_or(|c| may_still_hold(&feiten.node(c)))
        })
        .count()
}

/// A question's `alleen_als` holds, or may hold once questions that can still be asked are answered.
fn may_still_hold(condition: &Node) -> bool {
    match condition.status {
        Status::Ja => true,
        Status::Nee => false,
        Status::Misschien => {
            let mut open = Vec::new();
            collect_open_leaves(condition, &mut open);
            !open.is_empty()
        }
    }
}

/// Questions that can decide some regulation that is now "misschien": for some answers to the other open
/// questions, changing this one's answer changes the outcome.
fn relevant_questions(feiten: &Feiten) -> HashSet<String> {
    let mut relevant = HashSet::new();
    for regeling in in_scope(feiten.regels, feiten.antwoorden, feiten.datum) {
        let root = feiten.node(&regeling.voorwaarde);
        if root.status != Status::Misschien {
            continue;
        }
        let mut open = Vec::new();
        collect_open_leaves(&root, &mut open);
        let decisive = decisive_leaves(&root, open.len());
        for (leaf, is_decisive) in open.iter().zip(decisive) {
            if is_decisive {
                relevant.extend(leaf.blocking.iter().cloned());
            }
        }
    }
    relevant
}

/// Leaves that are unknown but could become known, in the order `recompute` visits them.
fn collect_open_leaves<'n, 'r>(node: &'n Node<'r>, out: &mut Vec<&'n Node<'r>>) {
    if node.children.is_empty() {
        if is_open(node) {
            out.push(node);
        }
    } else {
        for c in &node.children {
            collect_open_leaves(c, out);
        }
    }
}

fn is_open(leaf: &Node) -> bool {
    leaf.status == Status::Misschien && !leaf.blocking.is_empty()
}

/// For each open leaf: is there an assignment of the open leaves in which flipping this one changes the root?
fn decisive_leaves(root: &Node, n: usize) -> Vec<bool> {
    if n > MAX_ENUMERATED_LEAVES {
        return vec![true; n];
    }
    let mut decisive = vec![false; n];
    for mask in 0u32..(1 << n) {
        let base = recompute(root, mask, &mut 0);
        for (i, d) in decisive.iter_mut().enumerate() {
            if !*d && recompute(root, mask ^ (1 << i), &mut 0) != base {
                *d = true;
            }
        }
        if decisive.iter().all(|d| *d) {
            break;
        }
    }
    decisive
}

/// The root's status when open leaf `i` (in visiting order) is ja if bit `i` of `mask` is set, else nee (misschien
/// for a soft limit).
fn recompute(node: &Node, mask: u32, next_leaf: &mut usize) -> Status {
    if node.children.is_empty() {
        if is_open(node) {
            let i = *next_leaf;
            *next_leaf += 1;
            return if mask & (1 << i) != 0 {
                Status::Ja
            } else if node.zacht {
                // above a soft limit the regulation stays possible
                Status::Misschien
            } else {
                Status::Nee
            };
        }
        return node.status;
    }
    let parts: Vec<Status> = node
        .children
        .iter()
        .map(|c| recompute(c, mask, next_leaf))
        .collect();
    use super::model::Voorwaarde;
    match node.voorwaarde {
        Voorwaarde::Alle(..) => Status::and(parts),
        Voorwaarde::EenVan(..) => Status::or(parts),
        Voorwaarde::Niet(..) => parts.first().map_or(Status::Misschien, |p| p.not()),
        Voorwaarde::Toets(..) => node.status,
    }
}
