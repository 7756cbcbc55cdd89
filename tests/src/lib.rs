//! The end-to-end harness (in progress).
