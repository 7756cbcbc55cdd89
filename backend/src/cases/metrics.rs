//! Time in each stage and time to reunification, from the stage history, in aggregate
//! only (supervisors). No figure names a case.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use kinbridge_protocol::CaseStage;
use kinbridge_protocol::api::{StageFigures, StageMetrics};

use super::CasesError;
use super::repo;
use crate::platform::db::DbConn;

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 0 {
        f64::midpoint(v[mid - 1], v[mid])
    } else {
        v[mid]
    })
}

fn days(from: NaiveDateTime, to: NaiveDateTime) -> f64 {
    (to - from).num_seconds() as f64 / 86_400.0
}

/// The figures over every case.
pub fn stage_metrics(conn: &mut DbConn) -> Result<StageMetrics, CasesError> {
    let mut stays: BTreeMap<CaseStage, Vec<f64>> = BTreeMap::new();
    let mut now_in: BTreeMap<CaseStage, u64> = BTreeMap::new();
    let mut to_reunification = Vec::new();
    for (case, created_at, stage) in repo::all_cases(conn)? {
        if let Some(s) = CaseStage::parse(&stage) {
            *now_in.entry(s).or_default() += 1;
        }
        let changes = repo::stage_changes(conn, case)?;
        for pair in changes.windows(2) {
            if let (Some(stage), [a, b]) = (CaseStage::parse(&pair[0].to_stage), pair) {
                stays
                    .entry(stage)
                    .or_default()
                    .push(days(a.changed_at, b.changed_at));
            }
        }
        if let Some(first) = changes
            .iter()
            .find(|c| c.to_stage == CaseStage::Reunified.as_str())
        {
            to_reunification.push(days(created_at, first.changed_at));
        }
    }
    let stages = CaseStage::ALL
        .iter()
        .map(|&stage| {
            let v = stays.remove(&stage).unwrap_or_default();
            let n = v.len();
            StageFigures {
                stage,
                cases_now: now_in.get(&stage).copied().unwrap_or(0),
                completed_stays: n as u64,
                mean_days: (n > 0).then(|| v.iter().sum::<f64>() / n as f64),
                median_days: median(v),
            }
        })
        .collect();
    Ok(StageMetrics {
        stages,
        reunified_cases: to_reunification.len() as u64,
        median_days_to_reunification: median(to_reunification),
    })
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn medians() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![3.0]), Some(3.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }
}
