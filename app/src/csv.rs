//! CSV (RFC 4180) as organisers exchange it with spreadsheets: cells written so a spreadsheet
//! never runs one as a formula, and files read with quoted cells, doubled quotes and line
//! breaks inside quotes.

/// One cell, quoted when it must be. A cell a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with an apostrophe. A cell with a
/// `;` is quoted too: spreadsheets set to `;`-separated lists (the default in French and
/// Spanish) would otherwise split it, and a part after a `;` could be a formula.
pub fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if value.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// One line of cells, ended with CRLF.
pub fn line(cells: &[&str]) -> String {
    let mut out = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// The records of a CSV text, each with the (1-based) line it starts on. A byte-order mark is
/// skipped and blank lines are left out. `Err(line)`: a quote opened on that line never closes.
pub fn parse(text: &str) -> Result<Vec<(u32, Vec<String>)>, u32> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let (mut record, mut cell) = (Vec::new(), String::new());
    let (mut line, mut start) = (1u32, 1u32);
    let (mut quoted, mut was_quoted) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                cell.push(c);
            }
            (false, '"') if cell.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            (false, ',') => {
                record.push(std::mem::take(&mut cell));
                was_quoted = false;
            }
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut cell));
                was_quoted = false;
                let done = std::mem::take(&mut record);
                if !(done.len() == 1 && done[0].is_empty()) {
                    records.push((start, done));
                }
                line += 1;
                start = line;
            }
            (false, c) => cell.push(c),
        }
    }
    if quoted {
        return Err(start);
    }
    record.push(cell);
    if !(record.len() == 1 && record[0].is_empty()) {
        records.push((start, record));
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\"), Layla"), "\"'=HYPERLINK(\"\"x\"\"), Layla\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("Al-Haq"), "Al-Haq");
        assert_eq!(cell("x;=cmd|'/C calc'!A0"), "\"x;=cmd|'/C calc'!A0\"", "one cell, in either separator");
        assert_eq!(line(&["a", "b,c"]), "a,\"b,c\"\r\n");
    }

    #[test]
    fn files_are_read_with_quotes_line_breaks_and_their_line_numbers() {
        let text = "\u{feff}name,kind\r\n\"Friends, of \"\"Example\"\"\",organisation\n\n\"Two\nlines\",individual\nlast,x";
        let records = parse(text).unwrap();
        assert_eq!(records.len(), 4);
        assert_eq!(records[0], (1, vec!["name".to_string(), "kind".to_string()]));
        assert_eq!(records[1], (2, vec!["Friends, of \"Example\"".to_string(), "organisation".to_string()]));
        assert_eq!(records[2], (4, vec!["Two\nlines".to_string(), "individual".to_string()]));
        assert_eq!(records[3], (6, vec!["last".to_string(), "x".to_string()]));
        assert_eq!(parse("a,b\n\"open,c\n"), Err(2));
        assert_eq!(parse("").unwrap(), Vec::<(u32, Vec<String>)>::new());
        // What we write, we read back.
        let written = line(&["=1+1", "a\"b", "c,d"]);
        assert_eq!(parse(&written).unwrap()[0].1, vec!["'=1+1", "a\"b", "c,d"]);
    }
}
