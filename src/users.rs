//! Staff accounts: argon2id password hashes (OWASP parameters) and creation from the CLI.

use argon2::password_hash::{PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::db::{now_ms, Db};
use crate::on_db;

crate::domain::keyword! {
    /// What a staff account may do: owners also manage accounts; viewers see counts only.
    pub enum AdminRole ("staff role") {
        Owner = "owner",
        Campaigner = "campaigner",
        Viewer = "viewer",
    }
}

pub const ROLES: &[&str] = AdminRole::WORDS;

fn argon2() -> Argon2<'static> {
    // OWASP minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(19 * 1024, 2, 1, None).expect("valid argon2 params"),
    )
}

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("{e}"))?;
    let hash = argon2()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(hash.to_string())
}

/// A random password for a new account: 20 characters from an unambiguous alphabet.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).expect("the OS random source is unavailable");
    bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

/// Creates the account, or sets a new password if it exists. Returns true when created.
pub async fn upsert_admin(
    db: &Db,
    email: &str,
    password: &str,
    role: &str,
) -> anyhow::Result<bool> {
    let role: AdminRole = role.parse().map_err(|_| {
        anyhow::anyhow!(crate::i18n::ta("users-err-role", "roles", ROLES.join(", ")))
    })?;
    anyhow::ensure!(
        password.chars().count() >= 12,
        crate::i18n::t("users-err-password")
    );
    let email = email.trim().to_lowercase();
    anyhow::ensure!(
        email.contains('@') && !email.chars().any(char::is_whitespace),
        crate::i18n::ta("users-err-email", "email", email.as_str())
    );
    let pw = password.to_owned();
    let hash = tokio::task::spawn_blocking(move || hash_password(&pw)).await??;
    let (id, created) = on_db!(db, sql, upsert(&email, &hash, role, now_ms()))?;
    if !created {
        // A new password or role takes effect everywhere at once.
        end_sessions(db, id).await?;
    }
    Ok(created)
}

/// Disables or enables an account; disabling ends all its sessions. False when there is no such
/// account.
pub async fn set_disabled(db: &Db, email: &str, disabled: bool) -> anyhow::Result<bool> {
    let email = email.trim().to_lowercase();
    let Some(id) = on_db!(db, sql, set_disabled(&email, disabled))? else {
        return Ok(false);
    };
    if disabled {
        end_sessions(db, id).await?;
    }
    Ok(true)
}

/// Turns two-factor sign-in off (a lost device and lost recovery codes) and ends the account's
/// sessions. False when there is no such account.
pub async fn reset_two_factor(db: &Db, email: &str) -> anyhow::Result<bool> {
    let email = email.trim().to_lowercase();
    let Some(id) = on_db!(db, sql, reset_two_factor(&email))? else {
        return Ok(false);
    };
    end_sessions(db, id).await?;
    Ok(true)
}

/// Ends every session of an account (a new password or role, disabling, a reset second step).
pub async fn end_sessions(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    on_db!(db, sql, end_sessions(id))
}

crate::per_engine! {
    mod sql {
        pub async fn end_sessions(pool: &Pool, id: i64) -> Result<(), sqlx::Error> {
            sqlx::query("DELETE FROM admin_sessions WHERE admin_id = $1").bind(id).execute(pool).await?;
            Ok(())
        }

        pub async fn reset_two_factor(pool: &Pool, email: &str) -> Result<Option<i64>, sqlx::Error> {
            let id: Option<i64> = sqlx::query_scalar(
                "UPDATE admins SET totp_secret = NULL, totp_last_step = 0 WHERE email = $1 RETURNING id",
            )
            .bind(email).fetch_optional(pool).await?;
            if let Some(id) = id {
                sqlx::query("DELETE FROM admin_recovery_codes WHERE admin_id = $1").bind(id).execute(pool).await?;
            }
            Ok(id)
        }

        /// Returns the account's id and whether it was created.
        pub async fn upsert(pool: &Pool, email: &str, hash: &str, role: crate::users::AdminRole, now: i64) -> Result<(i64, bool), sqlx::Error> {
            sqlx::query_as(
                "INSERT INTO admins (email, password_hash, role, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role \
                 RETURNING id, created_at = $4",
            )
            .bind(email).bind(hash).bind(role).bind(now).fetch_one(pool).await
        }

        pub async fn set_disabled(pool: &Pool, email: &str, disabled: bool) -> Result<Option<i64>, sqlx::Error> {
            sqlx::query_scalar("UPDATE admins SET disabled = $2 WHERE email = $1 RETURNING id")
                .bind(email).bind(disabled).fetch_optional(pool).await
        }
    }
}

#[cfg(test)]
mod tests {
    use argon2::{PasswordHash, PasswordVerifier};

    #[test]
    fn hashes_verify_with_owasp_params() {
        let hash = super::hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        let parsed = PasswordHash::new(&hash).unwrap();
        assert!(super::argon2()
            .verify_password(b"correct horse battery", &parsed)
            .is_ok());
        assert!(super::argon2().verify_password(b"wrong", &parsed).is_err());
        assert_eq!(super::generate_password().len(), 20);
    }

    #[test]
    fn roles_round_trip_through_their_stored_words() {
        use super::AdminRole;
        assert_eq!(AdminRole::WORDS, ["owner", "campaigner", "viewer"]);
        for r in AdminRole::ALL {
            assert_eq!(r.as_str().parse::<AdminRole>(), Ok(*r));
        }
        let err = "admin".parse::<AdminRole>().unwrap_err();
        assert!(err.to_string().contains(r#"unknown staff role "admin""#));
    }
}

/// A staff account as stored.
#[derive(Clone, sqlx::FromRow)]
pub struct Admin {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub role: AdminRole,
    /// The language of the staff pages they last used; their emails are written in it.
    pub lang: String,
    /// A disabled account cannot sign in.
    pub disabled: bool,
    /// The TOTP secret (base32) once two-factor sign-in is set up.
    pub totp_secret: Option<String>,
}

/// The columns of [`Admin`], and the same prefixed with `a.` for joins.
pub const ADMIN_COLUMNS: &str = "id, email, password_hash, role, lang, disabled, totp_secret";
pub const ADMIN_COLUMNS_A: &str =
    "a.id, a.email, a.password_hash, a.role, a.lang, a.disabled, a.totp_secret";

// Written by hand so that neither the hash nor the TOTP secret can reach a log.
impl std::fmt::Debug for Admin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Admin")
            .field("id", &self.id)
            .field("role", &self.role)
            .field("disabled", &self.disabled)
            .field("two_factor", &self.totp_secret.is_some())
            .finish_non_exhaustive()
    }
}

impl Admin {
    pub fn can_edit(&self) -> bool {
        matches!(self.role, AdminRole::Owner | AdminRole::Campaigner)
    }
    /// Viewers see counts only, never personal data.
    pub fn can_see_personal_data(&self) -> bool {
        self.can_edit()
    }
    pub fn is_owner(&self) -> bool {
        self.role == AdminRole::Owner
    }
    pub fn has_two_factor(&self) -> bool {
        self.totp_secret.is_some()
    }
}

/// Checks a password against a stored hash (run it on a blocking thread).
pub fn verify_password(hash: &str, password: &str) -> bool {
    use argon2::{PasswordHash, PasswordVerifier};
    PasswordHash::new(hash).is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
}

/// True when a hash was made with weaker parameters than today's, so it should be redone.
pub fn needs_rehash(hash: &str) -> bool {
    let Ok(parsed) = argon2::PasswordHash::new(hash) else {
        return true;
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return true;
    };
    let current = argon2().params().clone();
    parsed.algorithm.as_str() != "argon2id"
        || params.m_cost() < current.m_cost()
        || params.t_cost() < current.t_cost()
        || params.p_cost() < current.p_cost()
}

crate::per_engine! {
    pub mod queries {
        use crate::users::{Admin, ADMIN_COLUMNS};

        pub async fn by_email(pool: &Pool, email: &str) -> Result<Option<Admin>, sqlx::Error> {
            sqlx::query_as::<DB, Admin>(&format!("SELECT {ADMIN_COLUMNS} FROM admins WHERE email = $1"))
                .bind(email).fetch_optional(pool).await
        }

        pub async fn by_id(pool: &Pool, id: i64) -> Result<Option<Admin>, sqlx::Error> {
            sqlx::query_as::<DB, Admin>(&format!("SELECT {ADMIN_COLUMNS} FROM admins WHERE id = $1"))
                .bind(id).fetch_optional(pool).await
        }

        pub async fn all(pool: &Pool) -> Result<Vec<Admin>, sqlx::Error> {
            sqlx::query_as::<DB, Admin>(&format!("SELECT {ADMIN_COLUMNS} FROM admins ORDER BY email"))
                .fetch_all(pool).await
        }

        pub async fn set_lang(pool: &Pool, id: i64, lang: &str) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE admins SET lang = $2 WHERE id = $1").bind(id).bind(lang).execute(pool).await?;
            Ok(())
        }

        pub async fn set_hash(pool: &Pool, id: i64, hash: &str) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE admins SET password_hash = $2 WHERE id = $1").bind(id).bind(hash).execute(pool).await?;
            Ok(())
        }
    }
}
