use std::collections::BTreeMap;
use std::sync::Mutex;

use super::{Namespace, Store, StoreError};

/// A store in memory: gone when dropped. For tests and throwaway sessions.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: Mutex<BTreeMap<(Namespace, String), Vec<u8>>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<(Namespace, String), Vec<u8>>> {
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Store for MemoryStore {
    fn get(&self, ns: Namespace, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.lock().get(&(ns, key.to_owned())).cloned())
    }

    fn put_many(&self, records: &[(Namespace, String, Vec<u8>)]) -> Result<(), StoreError> {
        let mut map = self.lock();
        for (ns, key, value) in records {
            map.insert((*ns, key.clone()), value.clone());
        }
        Ok(())
    }

    fn delete(&self, ns: Namespace, key: &str) -> Result<(), StoreError> {
        self.lock().remove(&(ns, key.to_owned()));
        Ok(())
    }

    fn keys(&self, ns: Namespace) -> Result<Vec<String>, StoreError> {
        Ok(self
            .lock()
            .keys()
            .filter(|(n, _)| *n == ns)
            .map(|(_, k)| k.clone())
            .collect())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn conformance() {
        super::super::conformance::run(&super::MemoryStore::new());
    }
}
