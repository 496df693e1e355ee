//! Sign-on letters, petitions and statements: what they are, and on the server how they are
//! stored. The pages, the signing form and the feed are built on these.
mod model;
#[cfg(feature = "ssr")]
pub mod queries;

pub use model::*;
