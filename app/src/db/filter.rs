//! A WHERE clause built piece by piece, its arguments numbered `$n` as both databases take
//! them through `sqlx::Any` (sqlx's `QueryBuilder<Any>` writes `?`, which PostgreSQL refuses),
//! and bound in the same order.
use sqlx::any::AnyArguments;
use sqlx::query::{Query, QueryAs};
use sqlx::Any;

/// A value of the clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Int(i64),
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Int(value)
    }
}

/// Conditions joined by AND (none: always true), with their arguments.
#[derive(Debug, Clone)]
pub struct Where {
    sql: String,
    args: Vec<Arg>,
    /// The number of the first argument: those before it are the query's own (`$1`, the
    /// reader's language, say).
    first: usize,
}

impl Where {
    /// A clause whose arguments are numbered from `$first`.
    pub fn new(first: usize) -> Where {
        Where { sql: String::from("1 = 1"), args: Vec::new(), first }
    }

    /// Adds an argument; its placeholder (`$3`) to write into a condition.
    pub fn arg(&mut self, value: impl Into<Arg>) -> String {
        self.args.push(value.into());
        format!("${}", self.first + self.args.len() - 1)
    }

    /// Adds the condition `condition(placeholder)` for `value`: `w.and(kind, |p| format!("o.kind = {p}"))`.
    pub fn and(&mut self, value: impl Into<Arg>, condition: impl FnOnce(&str) -> String) {
        let placeholder = self.arg(value);
        self.sql.push_str(" AND ");
        self.sql.push_str(&condition(&placeholder));
    }

    /// Adds `column IN (…)` for `ids`; no ids is a condition nothing meets.
    pub fn and_in(&mut self, column: &str, ids: &[i64]) {
        if ids.is_empty() {
            self.sql.push_str(" AND 1 = 0");
            return;
        }
        let placeholders: Vec<String> = ids.iter().map(|id| self.arg(*id)).collect();
        self.sql.push_str(&format!(" AND {column} IN ({})", placeholders.join(", ")));
    }

    /// The conditions, to follow `WHERE`.
    pub fn sql(&self) -> &str {
        &self.sql
    }

    /// The number of the next argument after the clause's (for `LIMIT`, `OFFSET`).
    pub fn next(&self) -> usize {
        self.first + self.args.len()
    }

    /// Binds the clause's arguments to `query`, whose own arguments are bound already.
    pub fn bind_as<'q, O>(&self, mut query: QueryAs<'q, Any, O, AnyArguments<'q>>) -> QueryAs<'q, Any, O, AnyArguments<'q>> {
        for arg in &self.args {
            query = match arg {
                Arg::Text(s) => query.bind(s.clone()),
                Arg::Int(i) => query.bind(*i),
            };
        }
        query
    }

    /// The same for a query that returns no rows of its own type.
    pub fn bind<'q>(&self, mut query: Query<'q, Any, AnyArguments<'q>>) -> Query<'q, Any, AnyArguments<'q>> {
        for arg in &self.args {
            query = match arg {
                Arg::Text(s) => query.bind(s.clone()),
                Arg::Int(i) => query.bind(*i),
            };
        }
        query
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_numbered_from_the_first_and_in_order() {
        let mut w = Where::new(2);
        w.and("network", |p| format!("o.kind = {p}"));
        w.and_in("o.id", &[7, 9]);
        w.and(5_i64, |p| format!("o.rank < {p}"));
        assert_eq!(w.sql(), "1 = 1 AND o.kind = $2 AND o.id IN ($3, $4) AND o.rank < $5");
        assert_eq!(w.next(), 6);
        assert_eq!(w.args, vec![Arg::Text("network".into()), Arg::Int(7), Arg::Int(9), Arg::Int(5)]);
    }

    #[test]
    fn no_ids_match_nothing() {
        let mut w = Where::new(1);
        w.and_in("e.id", &[]);
        assert_eq!(w.sql(), "1 = 1 AND 1 = 0");
        assert_eq!(w.next(), 1);
    }
}
