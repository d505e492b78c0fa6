//! Secrets: link tokens, and comparing secrets (MACs, CSRF tokens) without leaking, through the
//! time taken, how many leading characters of a guess were right.

pub mod links;
pub mod tokens;

use subtle::ConstantTimeEq;

/// Whether `a` and `b` are equal, in time that depends on their lengths only.
pub fn same(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// A key shared by every instance, stored in the database under `name` and created by the first
/// instance that asks (256 bits from the OS).
pub async fn shared_key(db: &crate::db::Db, name: &str) -> Result<Vec<u8>, sqlx::Error> {
    let mut fresh = [0u8; 32];
    getrandom::fill(&mut fresh).expect("the OS random source is unavailable");
    let value = crate::on_db!(
        db,
        sql,
        get_or_insert(name, &hex::encode(fresh), crate::db::now_ms())
    )?;
    Ok(hex::decode(value).unwrap_or_else(|_| fresh.to_vec()))
}

crate::per_engine! {
    mod sql {
        pub async fn get_or_insert(pool: &Pool, name: &str, fresh: &str, now: i64) -> Result<String, sqlx::Error> {
            sqlx::query("INSERT INTO app_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING")
                .bind(name).bind(fresh).bind(now).execute(pool).await?;
            sqlx::query_scalar("SELECT value FROM app_secrets WHERE name = $1").bind(name).fetch_one(pool).await
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_only_when_identical() {
        assert!(super::same("3f2a", "3f2a"));
        assert!(!super::same("3f2a", "3f2b"));
        assert!(!super::same("3f2a", "3f2"));
        assert!(!super::same("", "x"));
        assert!(super::same("", ""));
    }
}
