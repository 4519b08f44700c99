//! The [`Lean`](crate::synth::Shape::Lean) shape: the least a position can say.

use crate::synth::generate::{Result, date, day};
use crate::synth::rng::Rng;
use crate::synth::{Config, SynthError};
use crate::{
    Attribution, DatasetBuilder, Island, IslandId, IslandKind, Party, PartyId, PartyKind, Period, Position, PositionId,
    Source, SourceId, SourceKind, Stance,
};

pub(crate) fn generate(config: &Config) -> Result<DatasetBuilder> {
    let n = config.positions();
    let mut rng = Rng::new(config.seed());
    let islands: Vec<IslandId> = (0..n.div_ceil(10).max(1))
        .map(|i| IslandId::new(&format!("island-{i}")))
        .collect::<std::result::Result<_, _>>()?;
    let parties: Vec<PartyId> = (0..n.div_ceil(1000).max(1))
        .map(|i| PartyId::new(&format!("party-{i}")))
        .collect::<std::result::Result<_, _>>()?;
    let source = SourceId::new("source")?;
    let first = chrono::NaiveDate::from_ymd_opt(1900, 1, 1).map(day).ok_or(SynthError::Internal("1900"))?;
    let last = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).map(day).ok_or(SynthError::Internal("2025"))?;

    let mut b = DatasetBuilder::default();
    for id in &islands {
        b = b.with_island(Island::new(id.clone(), IslandKind::Island));
    }
    for id in &parties {
        b = b.with_party(Party::new(id.clone(), PartyKind::State));
    }
    b = b.with_source(Source::new(source.clone(), SourceKind::ReferenceWork, "Lean", "2025".parse()?));
    let positions = b.positions_mut();
    positions.reserve_exact(n);
    for i in 0..n {
        let start = rng.range(first, last);
        let end = start + rng.range(0, 30);
        // Claims and administration never contradict each other, so any mix is valid.
        let stance = if rng.chance(0.5) { Stance::ClaimsSovereignty } else { Stance::Administers };
        let island = rng.pick(&islands).ok_or(SynthError::Internal("no island"))?.clone();
        let holder = rng.pick(&parties).ok_or(SynthError::Internal("no party"))?.clone();
        let period: Period = format!("{}/{}", date(start)?, date(end)?).parse()?;
        positions.push(
            Position::new(PositionId::new(&format!("position-{i}"))?, holder, stance, vec![island], period)
                .with_attribution(Attribution::new(source.clone())),
        );
    }
    Ok(b)
}
