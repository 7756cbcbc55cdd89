//! Renders where a case stands for one reader: the five parts of the stage's text for their
//! age band (or the adult text), in the first language of their chain that has it, in the
//! grammatical form they chose. Used by the server and, offline, by the SDK.

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{CaseStatus, StatusParts};
use kinbridge_protocol::{AgeBand, CaseId, CaseStage, GrammaticalForm};

use crate::{Catalog, Direction, FluentArgs, LanguageIdentifier};

/// The content kind of status texts.
pub const STATUS_CONTENT: &str = "status";

/// The five parts of a status, rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusText {
    pub title: String,
    pub meaning: String,
    pub next: String,
    pub can_do: String,
    pub ask: String,
    pub reassurance: Option<String>,
    pub contact: String,
    pub complaint: String,
    /// The locale of the title (the other parts come from the same chain).
    pub locale: LanguageIdentifier,
    pub direction: Direction,
    /// True when some part came from a later locale of the chain.
    pub fell_back: bool,
}

/// The parts of a status text, in the order a screen shows them.
pub const STATUS_PARTS: &[&str] = &["title", "meaning", "next", "can-do", "ask"];

/// The audience key of a band in message ids (`b10to12`, `adult`).
pub fn audience_key(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Band0To5 => "b0to5",
        AgeBand::Band6To9 => "b6to9",
        AgeBand::Band10To12 => "b10to12",
        AgeBand::Band13To15 => "b13to15",
        AgeBand::Band16To17 => "b16to17",
        AgeBand::Adult => "adult",
    }
}

/// How labels speak to a reader: `young` (0–9), `child` (10–17) or `adult`.
pub fn band_word(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Band0To5 | AgeBand::Band6To9 => "young",
        AgeBand::Band10To12 | AgeBand::Band13To15 | AgeBand::Band16To17 => "child",
        AgeBand::Adult => "adult",
    }
}

/// The message id of one part of a stage's text.
pub fn status_id(stage: CaseStage, band: AgeBand, part: &str) -> String {
    format!(
        "status-{}-{}-{part}",
        stage.as_str().replace('_', "-"),
        audience_key(band)
    )
}

/// Stages where the wait is long or uncertain, and a child needs to hear it is not their
/// fault.
fn reassures(stage: CaseStage) -> bool {
    matches!(
        stage,
        CaseStage::Tracing
            | CaseStage::Verifying
            | CaseStage::Assessing
            | CaseStage::AlternativeCare
    )
}

/// The variables every content message may use: the reader's band word and form.
pub fn context_args(band: AgeBand, form: Option<GrammaticalForm>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("band", band_word(band));
    args.set("gender", form.unwrap_or(GrammaticalForm::Neutral).as_str());
    args
}

impl Catalog {
    /// The status of a case at `stage`, for a reader of `band` who asked for `chain`.
    pub fn render_status(
        &self,
        stage: CaseStage,
        band: AgeBand,
        form: Option<GrammaticalForm>,
        chain: &[LanguageIdentifier],
    ) -> StatusText {
        let args = context_args(band, form);
        let mut fell_back = false;
        let mut part = |id: String| {
            let t = self.format(chain, &id, Some(&args));
            fell_back |= t.fell_back;
            t
        };
        let title = part(status_id(stage, band, "title"));
        let meaning = part(status_id(stage, band, "meaning")).text;
        let next = part(status_id(stage, band, "next")).text;
        let can_do = part(status_id(stage, band, "can-do")).text;
        let ask = part(status_id(stage, band, "ask")).text;
        let key = audience_key(band);
        let reassurance = reassures(stage).then(|| part(format!("status-reassure-{key}")).text);
        let contact = part(format!("status-guardian-{key}")).text;
        let complaint = part(format!("status-complaint-{key}")).text;
        StatusText {
            direction: title.direction,
            locale: title.locale,
            title: title.text,
            meaning,
            next,
            can_do,
            ask,
            reassurance,
            contact,
            complaint,
            fell_back,
        }
    }

    /// Where a case stands, as the server sends it and the SDK renders it offline: the
    /// status text of `stage` for a reader of `band`, in the first language of `chain` that
    /// has it, with the content version it came from.
    pub fn case_status(
        &self,
        case_id: CaseId,
        stage: CaseStage,
        stage_since: DateTime<Utc>,
        band: AgeBand,
        form: Option<GrammaticalForm>,
        chain: &[LanguageIdentifier],
    ) -> CaseStatus {
        let t = self.render_status(stage, band, form, chain);
        CaseStatus {
            case_id,
            stage,
            stage_since,
            locale: t.locale.to_string(),
            direction: t.direction.as_str().to_owned(),
            audience: band,
            content_version: self
                .content_version(STATUS_CONTENT)
                .unwrap_or_else(|| STATUS_CONTENT.to_owned()),
            parts: StatusParts {
                title: t.title,
                meaning: t.meaning,
                next: t.next,
                can_do: t.can_do,
                ask: t.ask,
            },
            reassurance: t.reassurance,
            contact: t.contact,
            complaint: t.complaint,
        }
    }

    /// A label with the reader's context (band word and form), e.g. a notification line.
    pub fn format_for(
        &self,
        chain: &[LanguageIdentifier],
        id: &str,
        band: AgeBand,
        form: Option<GrammaticalForm>,
    ) -> crate::Text {
        self.format(chain, id, Some(&context_args(band, form)))
    }
}
