//! A child's views on decisions that affect them: the server records that a view was
//! given; what it says goes end-to-end encrypted to the case's caseworkers and guardians,
//! as ordinary Signal messages whose body the receiving SDK recognises.

use kinbridge_protocol::api::{ViewGiven, ViewRecord, ViewRequest};
use kinbridge_protocol::{AccountId, CaseId, MemberRole, ViewDecision, ViewForm};
use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::{Client, ReceivedMessage, SdkError};

/// What a person said about a decision: words, or the pictures they chose (their ids in
/// the app's picture set), or both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    /// The server's record of it.
    pub id: String,
    pub case: CaseId,
    pub subject: AccountId,
    pub decision: ViewDecision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pictures: Vec<String>,
}

/// The body of a message that carries a view.
#[derive(Serialize, Deserialize)]
struct Carried {
    kinbridge_view: View,
}

impl ReceivedMessage {
    /// The view this message carries, if it is one.
    pub fn view(&self) -> Option<View> {
        serde_json::from_slice::<Carried>(&self.body)
            .ok()
            .map(|c| c.kinbridge_view)
    }
}

impl Client {
    /// Caseworkers: ask the child for their views on a decision.
    pub async fn request_views(
        &self,
        case: CaseId,
        subject: AccountId,
        decision: ViewDecision,
        scope: Option<AccountId>,
    ) -> Result<ViewRecord, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/views/requests"),
            Some(&ViewRequest {
                subject,
                decision,
                scope,
            }),
        )
        .await
    }

    /// The child (about themselves) or a family member: gives their views. The server
    /// records that they did; the words or pictures go encrypted to each caseworker and
    /// guardian of the case this person may write to. Returns the record and who it went to.
    pub async fn give_view(
        &self,
        case: CaseId,
        subject: AccountId,
        decision: ViewDecision,
        scope: Option<AccountId>,
        text: Option<String>,
        pictures: Vec<String>,
    ) -> Result<(ViewRecord, Vec<AccountId>), SdkError> {
        let form = if text.is_some() {
            ViewForm::Text
        } else {
            ViewForm::Pictures
        };
        let record: ViewRecord = self
            .call(
                Method::POST,
                &format!("/v1/cases/{case}/views"),
                Some(&ViewGiven {
                    subject,
                    decision,
                    scope,
                    form,
                }),
            )
            .await?;
        let body = serde_json::to_vec(&Carried {
            kinbridge_view: View {
                id: record.id.clone(),
                case,
                subject,
                decision,
                scope,
                text,
                pictures,
            },
        })
        .map_err(|e| SdkError::Crypto(format!("a view as JSON: {e}")))?;
        let mut sent = Vec::new();
        for member in self.case_members(case).await? {
            if matches!(member.role, MemberRole::Caseworker | MemberRole::Guardian)
                && member.enrolled
                && member.account_id != self.account_id()
            {
                self.send_message(member.account_id, &body).await?;
                sent.push(member.account_id);
            }
        }
        Ok((record, sent))
    }

    /// Which views were sought and given about a child (never what they said).
    pub async fn child_views(
        &self,
        case: CaseId,
        subject: AccountId,
    ) -> Result<Vec<ViewRecord>, SdkError> {
        self.call(
            Method::GET,
            &format!("/v1/cases/{case}/views?subject={subject}"),
            None,
        )
        .await
    }
}
