//! The consistency fixtures (`tests/fixtures/consistency/`): one questionnaire with its
//! own field names and a stage band edge at 62.5, assessments in the states every output
//! must tell truthfully (partial, one field only, all 0, all 4, everything answered on the
//! band edge) and a benchmark of 8 peers whose shares below the "edge" town are x,5 %.
//! Shared by the consistency and narrative tests and the app's tests.

#![allow(dead_code, clippy::unwrap_used)]

use reifegrad::benchmark::{Benchmark, parse_benchmark};
use reifegrad::model::{Assessment, Questionnaire, open_assessment, parse_questionnaire};
use std::path::{Path, PathBuf};

/// The folder of the consistency fixtures.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/consistency")
}

/// Path of one fixture file, e.g. `path("partial.ron")`.
pub fn path(name: &str) -> PathBuf {
    dir().join(name)
}

/// The fixture questionnaire's path.
pub fn questionnaire_path() -> PathBuf {
    path("questionnaire.ron")
}

/// The fixture questionnaire.
pub fn questionnaire() -> Questionnaire {
    let path = questionnaire_path();
    let text = std::fs::read_to_string(&path).unwrap();
    parse_questionnaire(&path, &text).unwrap()
}

/// The 8-peer benchmark's path.
pub fn benchmark_path() -> PathBuf {
    path("peers-8.ron")
}

/// The 8-peer benchmark.
pub fn benchmark() -> Benchmark {
    let path = benchmark_path();
    let text = std::fs::read_to_string(&path).unwrap();
    parse_benchmark(&path, &text).unwrap()
}

/// One fixture assessment of the consistency set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fixture {
    /// File name without `.ron`.
    pub name: &'static str,
    /// Whether it is compared with the 8-peer benchmark.
    pub with_peers: bool,
}

/// Every assessment fixture: partial (3 answered), one field only, all 0, all 4, and
/// "edge" (everything answered, overall 62.5 on the band edge, compared with 8 peers).
pub const FIXTURES: [Fixture; 5] = [
    Fixture {
        name: "partial",
        with_peers: true,
    },
    Fixture {
        name: "one-field",
        with_peers: true,
    },
    Fixture {
        name: "all-0",
        with_peers: false,
    },
    Fixture {
        name: "all-4",
        with_peers: false,
    },
    Fixture {
        name: "edge",
        with_peers: true,
    },
];

impl Fixture {
    /// The assessment file's path.
    pub fn path(&self) -> PathBuf {
        path(&format!("{}.ron", self.name))
    }

    /// The assessment, opened against the fixture questionnaire.
    pub fn assessment(&self, questionnaire: &Questionnaire) -> Assessment {
        open_assessment(&self.path(), questionnaire)
            .unwrap()
            .assessment
    }
}

/// The fixture with this name.
pub fn fixture(name: &str) -> Fixture {
    *FIXTURES.iter().find(|f| f.name == name).unwrap()
}
