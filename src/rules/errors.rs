//! Errors in a regulations or answers file: where (file:line:column) and, in Dutch, what to do about it.

use std::fmt;
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadErrors {
    pub errors: Vec<LoadError>,
}

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadErrors {}

impl LoadErrors {
    /// The errors in the order of the file: by line, then column (a stable sort, so one place keeps its order).
    pub(crate) fn sorted(mut errors: Vec<LoadError>) -> Self {
        errors.sort_by_key(|e| (e.line, e.column));
        LoadErrors { errors }
    }
}

/// Collects errors against one source text, turning byte spans into 1-based line and column.
pub(crate) struct Errors<'a> {
    file: &'a str,
    text: &'a str,
    pub(crate) list: Vec<LoadError>,
}

impl<'a> Errors<'a> {
    pub(crate) fn new(file: &'a str, text: &'a str) -> Self {
        Errors {
            file,
            text,
            list: Vec::new(),
        }
    }

    pub(crate) fn at(&mut self, span: Range<usize>, message: impl Into<String>) {
        let (line, column) = line_column(self.text, span.start);
        self.list.push(LoadError {
            file: self.file.to_string(),
            line,
            column,
            message: message.into(),
        });
    }

    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    pub(crate) fn file(&self) -> &'a str {
        self.file
    }

    pub(crate) fn into_result<T>(self, value: T) -> Result<T, LoadErrors> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(LoadErrors::sorted(self.list))
        }
    }
}

pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count() + 1)
        .unwrap_or(1);
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_come_in_the_order_of_the_file() {
        let at = |line, column, message: &str| LoadError {
            file: "f".to_string(),
            line,
            column,
            message: message.to_string(),
        };
        let sorted = LoadErrors::sorted(vec![
            at(9, 1, "c"),
            at(2, 5, "b"),
            at(2, 1, "a"),
            at(2, 1, "a2"),
        ]);
        let order: Vec<&str> = sorted.errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(order, ["a", "a2", "b", "c"]);
    }

    #[test]
    fn lines_and_columns_are_one_based() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        assert_eq!(line_column(text, 10), (2, 4));
    }
}
