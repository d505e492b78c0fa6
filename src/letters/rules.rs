//! What letter templates may use. Rendering stops at a size limit, but a value can grow in memory
//! before it is written (string repetition and concatenation, captured blocks, growing filters):
//! those constructs are refused, so the limit on the output bounds the memory a render takes.

/// Filters that never make their input longer (or give a short constant).
const SAFE_FILTERS: [&str; 9] = [
    "upper",
    "lower",
    "title",
    "capitalize",
    "trim",
    "default",
    "d",
    "length",
    "first",
];

/// The template language a letter needs: placeholders, conditions, loops and shrinking filters.
/// Anything that can build a large value in memory before it is written (string repetition and
/// concatenation, captured blocks, macros, growing filters) is refused, so the size limit of the
/// output bounds the memory a render takes. Returns the construct refused.
pub fn refused_construct(source: &str) -> Option<String> {
    let mut rest = source;
    loop {
        let next = ["{{", "{%", "{#"]
            .into_iter()
            .filter_map(|open| rest.find(open).map(|at| (at, open)))
            .min()?;
        let (at, open) = next;
        let body = &rest[at + 2..];
        if open == "{#" {
            // A comment ends at the first `#}`, as the parser reads it; unterminated, the parser
            // refuses the template.
            rest = &body[body.find("#}")? + 2..];
            continue;
        }
        let close = if open == "{{" { "}}" } else { "%}" };
        let Some(len) = tag_end(body, close) else {
            return Some(open.to_owned());
        };
        if let Some(bad) = refused_in(&body[..len], open == "{%") {
            return Some(bad);
        }
        rest = &body[len + 2..];
    }
}

/// Where a tag closes: the first closing delimiter outside a string literal, as the parser reads
/// it (a `}}` inside quotes does not end the tag).
fn tag_end(body: &str, close: &str) -> Option<usize> {
    let (mut quote, mut escaped) = (None, false);
    for (i, c) in body.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => quote = Some(c),
            None if body[i..].starts_with(close) => return Some(i),
            None => {}
        }
    }
    None
}

fn refused_in(inner: &str, statement: bool) -> Option<String> {
    let mut words = Vec::new();
    let mut chars = inner.trim_matches(['-', '+']).chars().peekable();
    let mut after_pipe = false;
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' => {
                // A string literal: its contents are text, not code.
                let mut escaped = false;
                for d in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if d == '\\' {
                        escaped = true;
                    } else if d == c {
                        break;
                    }
                }
            }
            '*' | '~' | '+' | '[' | '%' => return Some(c.to_string()),
            '|' => after_pipe = true,
            c if c.is_alphabetic() || c == '_' => {
                let mut w = c.to_string();
                while let Some(&d) = chars.peek() {
                    if d.is_alphanumeric() || d == '_' {
                        w.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if after_pipe && !SAFE_FILTERS.contains(&w.as_str()) {
                    return Some(format!("|{w}"));
                }
                after_pipe = false;
                words.push(w);
            }
            c if c.is_whitespace() => {}
            _ => after_pipe = false,
        }
    }
    let first = words.first().map(String::as_str).unwrap_or("");
    let blocks = [
        "set",
        "filter",
        "macro",
        "call",
        "include",
        "import",
        "from",
        "extends",
        "block",
        "with",
        "autoescape",
        "raw",
    ];
    (statement && blocks.contains(&first)).then(|| format!("{{% {first} %}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructs_that_grow_memory_are_refused() {
        for bad in [
            "{% for i in range(1000) %}{{ \"x\" * 100000000 }}{% endfor %}",
            "{{ target.name ~ target.name }}",
            "{% set a = 'x' %}{{ a }}",
            "{% filter upper %}x{% endfor %}",
            "{{ target.name|center(100000000) }}",
            "{{ [target.name] }}",
            // Delimiters inside strings and comments do not hide code from the check.
            "{{ \"}}\" * 100000000 }}",
            "{# {{ \" #}{{ \"x\" * 100000000 }}{# \" }} #}",
            "{{ unterminated",
        ] {
            assert!(refused_construct(bad).is_some(), "{bad}");
        }
        for good in [
            "Dear {{ target.title|trim }} {{ target.last_name|upper }}, 5 * 3 ~ text",
            "{% if supporter.region == \"NY\" %}Hi{% else %}Ho{% endif %}",
            "{{ \"a*b~c\" }} {{ personal_message|default('none') }}",
            "{# a comment with * and {{ #}{{ target.name }}",
            "{{ \"}}\" }}{{- target.name -}}",
        ] {
            assert_eq!(refused_construct(good), None, "{good}");
        }
    }
}
