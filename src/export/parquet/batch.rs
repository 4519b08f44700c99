//! A table's columns, and the record batch of its next rows, filled one row at a time.
//!
//! A table is written a batch at a time: its rows are appended to one builder per column
//! until the batch is full, the batch goes to the Parquet writer, and the builders start
//! again empty. So the writer never holds more than one batch of rows in Arrow form.

use std::sync::Arc;

use arrow_array::builder::{
    ArrayBuilder, BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, ListBuilder, StringBuilder,
    StructBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, DataType, Field, Fields, Schema, SchemaRef};
use chrono::NaiveDate;

use crate::time::{NEG_INF, POS_INF, Period, PeriodEnd};

/// The internal day number of 1970-01-01, day 0 of Arrow's and Parquet's `DATE`.
const UNIX_EPOCH_DAY: i32 = 719_163;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// UTF-8 text.
    Text,
    /// A calendar day (`DATE`).
    Date,
    /// `true` or `false`.
    Bool,
    /// A whole number (`BIGINT`, signed, as every engine reads it): a dispute's place in
    /// [`Dataset::disputes`](crate::Dataset::disputes).
    Count,
    /// A float: an area, a latitude.
    Float,
    /// A list of text: ids.
    Texts,
    /// A list of pairs of text, named by the two field names: a participant's party and role,
    /// a name's language tag and text.
    Pairs(&'static str, &'static str),
}

impl Kind {
    fn data_type(self) -> DataType {
        match self {
            Self::Text => DataType::Utf8,
            Self::Date => DataType::Date32,
            Self::Bool => DataType::Boolean,
            Self::Count => DataType::Int64,
            Self::Float => DataType::Float64,
            Self::Texts => DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true))),
            Self::Pairs(a, b) => {
                DataType::List(Arc::new(Field::new_list_field(DataType::Struct(pair_fields(a, b)), true)))
            }
        }
    }
}

fn pair_fields(a: &str, b: &str) -> Fields {
    Fields::from(vec![Field::new(a, DataType::Utf8, false), Field::new(b, DataType::Utf8, false)])
}

/// A column: its name, what it holds, and whether it may be null.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub(super) name: String,
    pub(super) kind: Kind,
    pub(super) nullable: bool,
}

/// Builds a table's list of columns.
#[derive(Debug, Default)]
pub(super) struct Columns(Vec<Column>);

impl Columns {
    /// A column that is never null.
    pub(super) fn req(mut self, name: &str, kind: Kind) -> Self {
        self.0.push(Column { name: name.to_owned(), kind, nullable: false });
        self
    }

    /// A column that may be null.
    pub(super) fn opt(mut self, name: &str, kind: Kind) -> Self {
        self.0.push(Column { name: name.to_owned(), kind, nullable: true });
        self
    }

    /// The nine columns of a period (see [`Batch::period`]): its EDTF text under `name`, and
    /// its bounds under `prefix`: `prefix` is empty for a position's own period, whose bounds
    /// are `start_earliest`, ..., and `exists_` for an island's `exists`.
    pub(super) fn period(self, name: &str, prefix: &str, nullable: bool) -> Self {
        let with = |s: Self, n: &str, k| if nullable { s.opt(n, k) } else { s.req(n, k) };
        let mut s = with(self, name, Kind::Text);
        for bound in ["start_earliest", "start_latest", "end_earliest", "end_latest"] {
            s = s.opt(&format!("{prefix}{bound}"), Kind::Date);
        }
        for flag in ["start_open", "start_unknown", "end_open", "end_unknown"] {
            s = with(s, &format!("{prefix}{flag}"), Kind::Bool);
        }
        s
    }

    pub(super) fn into_schema(self) -> (SchemaRef, Vec<Kind>) {
        let kinds = self.0.iter().map(|c| c.kind).collect();
        let fields: Vec<Field> =
            self.0.into_iter().map(|c| Field::new(c.name, c.kind.data_type(), c.nullable)).collect();
        (Arc::new(Schema::new(fields)), kinds)
    }
}

/// One column's builder.
#[derive(Debug)]
enum Builder {
    Text(StringBuilder),
    Date(Date32Builder),
    Bool(BooleanBuilder),
    Count(Int64Builder),
    Float(Float64Builder),
    Texts(ListBuilder<StringBuilder>),
    Pairs(ListBuilder<StructBuilder>),
}

impl Builder {
    fn new(kind: Kind) -> Self {
        match kind {
            Kind::Text => Self::Text(StringBuilder::new()),
            Kind::Date => Self::Date(Date32Builder::new()),
            Kind::Bool => Self::Bool(BooleanBuilder::new()),
            Kind::Count => Self::Count(Int64Builder::new()),
            Kind::Float => Self::Float(Float64Builder::new()),
            Kind::Texts => Self::Texts(ListBuilder::new(StringBuilder::new())),
            Kind::Pairs(a, b) => Self::Pairs(ListBuilder::new(StructBuilder::new(
                pair_fields(a, b),
                vec![Box::new(StringBuilder::new()) as Box<dyn ArrayBuilder>, Box::new(StringBuilder::new())],
            ))),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Self::Text(b) => Arc::new(b.finish()),
            Self::Date(b) => Arc::new(b.finish()),
            Self::Bool(b) => Arc::new(b.finish()),
            Self::Count(b) => Arc::new(b.finish()),
            Self::Float(b) => Arc::new(b.finish()),
            Self::Texts(b) => Arc::new(b.finish()),
            Self::Pairs(b) => Arc::new(b.finish()),
        }
    }
}

/// The rows of a table not yet written, one builder per column. Each row is appended
/// column by column, in the order of the table's columns, and closed by [`end_row`](Self::end_row).
#[derive(Debug)]
pub(super) struct Batch {
    schema: SchemaRef,
    builders: Vec<Builder>,
    /// The column the next value goes to.
    next: usize,
    rows: usize,
    /// Set when a value did not fit its column: the batch is then refused by
    /// [`finish`](Self::finish) with the column's name, rather than written wrong.
    misfit: Option<usize>,
}

impl Batch {
    pub(super) fn new(columns: Columns) -> Self {
        let (schema, kinds) = columns.into_schema();
        Self { schema, builders: kinds.into_iter().map(Builder::new).collect(), next: 0, rows: 0, misfit: None }
    }

    pub(super) fn schema(&self) -> &SchemaRef {
        &self.schema
    }

    /// The rows appended since the last [`finish`](Self::finish).
    pub(super) fn rows(&self) -> usize {
        self.rows
    }

    /// The builder of the next column, which is then the one after it.
    fn builder(&mut self) -> Option<&mut Builder> {
        let at = self.next;
        self.next = self.next.saturating_add(1);
        self.builders.get_mut(at)
    }

    fn misfit(&mut self) -> &mut Self {
        self.misfit.get_or_insert(self.next.saturating_sub(1));
        self
    }

    pub(super) fn text(&mut self, value: Option<&str>) -> &mut Self {
        match self.builder() {
            Some(Builder::Text(b)) => b.append_option(value),
            _ => return self.misfit(),
        }
        self
    }

    /// A day given as an internal day number; an infinite one is null.
    pub(super) fn day(&mut self, day: i32) -> &mut Self {
        let value = if day == NEG_INF || day == POS_INF { None } else { day.checked_sub(UNIX_EPOCH_DAY) };
        match self.builder() {
            Some(Builder::Date(b)) => b.append_option(value),
            _ => return self.misfit(),
        }
        self
    }

    pub(super) fn date(&mut self, date: Option<NaiveDate>) -> &mut Self {
        self.day(date.map_or(POS_INF, crate::time::day_number))
    }

    pub(super) fn bool(&mut self, value: bool) -> &mut Self {
        match self.builder() {
            Some(Builder::Bool(b)) => b.append_value(value),
            _ => return self.misfit(),
        }
        self
    }

    pub(super) fn bool_or_null(&mut self, value: Option<bool>) -> &mut Self {
        match self.builder() {
            Some(Builder::Bool(b)) => b.append_option(value),
            _ => return self.misfit(),
        }
        self
    }

    pub(super) fn count(&mut self, value: usize) -> &mut Self {
        let value = i64::try_from(value).unwrap_or(i64::MAX);
        match self.builder() {
            Some(Builder::Count(b)) => b.append_value(value),
            _ => return self.misfit(),
        }
        self
    }

    pub(super) fn float(&mut self, value: Option<f64>) -> &mut Self {
        match self.builder() {
            Some(Builder::Float(b)) => b.append_option(value),
            _ => return self.misfit(),
        }
        self
    }

    pub(super) fn texts<'t>(&mut self, values: impl IntoIterator<Item = &'t str>) -> &mut Self {
        match self.builder() {
            Some(Builder::Texts(b)) => {
                for v in values {
                    b.values().append_value(v);
                }
                b.append(true);
            }
            _ => return self.misfit(),
        }
        self
    }

    pub(super) fn pairs<'t>(&mut self, values: impl IntoIterator<Item = (&'t str, &'t str)>) -> &mut Self {
        let mut fits = true;
        match self.builder() {
            Some(Builder::Pairs(b)) => {
                for (x, y) in values {
                    let s = b.values();
                    for (i, v) in [(0, x), (1, y)] {
                        match s.field_builder::<StringBuilder>(i) {
                            Some(f) => f.append_value(v),
                            None => fits = false,
                        }
                    }
                    s.append(true);
                }
                b.append(true);
            }
            _ => fits = false,
        }
        if fits { self } else { self.misfit() }
    }

    /// A period's nine columns ([`Columns::period`]): its EDTF text; the earliest and latest
    /// reading of its start and of its end, with qualifiers counted, as every query weighs
    /// them (null where the reading is infinitely early or late); and whether each end is
    /// open (`..`) or unknown (empty).
    pub(super) fn period(&mut self, period: Option<&Period>) -> &mut Self {
        let Some(p) = period else {
            self.text(None);
            for _ in 0..4 {
                self.day(POS_INF);
            }
            for _ in 0..4 {
                self.bool_or_null(None);
            }
            return self;
        };
        let b = p.bounds();
        self.text(Some(p.as_str())).day(b.start_lo).day(b.start_hi).day(b.end_lo).day(b.end_hi);
        let (start, end) = (p.start(), p.end());
        self.bool(matches!(start, PeriodEnd::Open)).bool(matches!(start, PeriodEnd::Unknown));
        self.bool(matches!(end, PeriodEnd::Open)).bool(matches!(end, PeriodEnd::Unknown))
    }

    /// Closes a row.
    pub(super) fn end_row(&mut self) {
        if self.next != self.builders.len() && self.misfit.is_none() {
            self.misfit = Some(self.next.min(self.builders.len()));
        }
        self.next = 0;
        self.rows = self.rows.saturating_add(1);
    }

    /// The rows appended since the last call, as one record batch; the builders start again
    /// empty.
    ///
    /// # Errors
    ///
    /// The name of the column a value did not fit, or Arrow's error.
    pub(super) fn finish(&mut self) -> Result<RecordBatch, String> {
        if let Some(at) = self.misfit {
            let name = self.schema.fields().get(at).map_or("?", |f| f.name().as_str());
            return Err(format!("a value did not fit column '{name}'"));
        }
        let arrays: Vec<ArrayRef> = self.builders.iter_mut().map(Builder::finish).collect();
        self.rows = 0;
        RecordBatch::try_new(self.schema.clone(), arrays).map_err(|e: ArrowError| e.to_string())
    }
}
