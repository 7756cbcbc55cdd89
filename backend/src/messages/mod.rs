//! Messaging: the realtime channel to each device. Today it carries case-status
//! notifications; encrypted envelopes and their acknowledgements join it with messaging.

pub mod realtime;
