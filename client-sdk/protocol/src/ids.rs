//! Identifiers. Every id is a random UUID (v4): it says nothing about who or when, and
//! cannot be enumerated. Ids are newtypes so a case id can never be passed as an account id.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// An id that did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdError;

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a valid id")
    }
}

impl std::error::Error for IdError {}

/// The ids the server takes: a UUID in its hyphenated form.
pub const UUID_PATTERN: &str =
    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "format": "uuid",
                    "pattern": $crate::ids::UUID_PATTERN
                })
            }
        }

        impl $name {
            /// A new random id.
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }

            /// Parses the canonical hyphenated form (what `Display` prints).
            pub fn parse(raw: &str) -> Result<Self, IdError> {
                // Only the hyphenated form: one spelling per id keeps lookups exact.
                if raw.len() != 36 {
                    return Err(IdError);
                }
                Uuid::try_parse(raw).map(Self).map_err(|_| IdError)
            }

            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0.hyphenated(), f)
            }
        }

        impl FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl From<Uuid> for $name {
            fn from(u: Uuid) -> Self {
                Self(u)
            }
        }

        /// The stored form (storage layers read ids back as text).
        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.to_string()
            }
        }
    };
}

id_type!(
    /// A person's account: a child, a family member or a staff member.
    AccountId
);
id_type!(
    /// A case: one child's tracing and reunification file.
    CaseId
);
id_type!(
    /// One enrolled device of an account.
    DeviceId
);
id_type!(
    /// An alert: a child's call for help, or a report that a child is missing.
    AlertId
);
id_type!(
    /// A complaint (the reporter never needs it: their receipt code finds it).
    ComplaintId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_it_prints_and_refuses_other_spellings() {
        let id = CaseId::random();
        assert_eq!(CaseId::parse(&id.to_string()), Ok(id));
        assert_eq!(CaseId::parse("not-an-id"), Err(IdError));
        let simple = id.as_uuid().simple().to_string();
        assert_eq!(CaseId::parse(&simple), Err(IdError));
        assert_eq!(CaseId::parse(&id.to_string().to_uppercase()), Ok(id));
    }
}
