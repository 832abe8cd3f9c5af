//! The scheduler against golden FSRS-6 values computed with py-fsrs 6.3.2, the reference
//! implementation (`tests/fixtures/fsrs_reference.json`, made by `make_reference.py` in the
//! project's shared reference data). Parts: A the day-level memory model, A2 the same with
//! FSRS-5 parameters, B each review on its due day, C learning and relearning steps, D the
//! interval formula and the forgetting curve.
//!
//! Tolerance: 1e-4, relative to the value (FSRS computes in `f32`: a stability of 7,000 days
//! carries about 5e-4 days of rounding, so an absolute 1e-4 would test `f32`, not FSRS).

use leesbril::learn::{CardState, Grade, Memory, Phase, Scheduler, retrievability};
use serde_json::Value;

const TOLERANCE: f64 = 1e-4;

fn reference() -> Value {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fsrs_reference.json"),
    )
    .expect("the reference fixture is readable");
    serde_json::from_str(&text).expect("the reference fixture is JSON")
}

fn close(got: f64, want: f64) -> bool {
    (got - want).abs() <= TOLERANCE * want.abs().max(1.0)
}

fn num(value: &Value, key: &str) -> f64 {
    value[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} in {value}"))
}

fn grade(value: &Value) -> Grade {
    let number = value.as_u64().expect("a rating number");
    Grade::from_number(u8::try_from(number).expect("a small rating")).expect("a rating 1-4")
}

/// Runs one day-level sequence through `next_memories` and checks S, D, R and the interval.
fn check_day_level(scheduler: &Scheduler, case: &Value, elapsed: &[u32]) -> usize {
    let title = case["title"].as_str().expect("a title");
    let mut memory: Option<Memory> = None;
    let mut checked = 0;
    for (index, step) in case["steps"].as_array().expect("steps").iter().enumerate() {
        let grade = grade(&step["rating"]);
        let days = elapsed[index];
        if let (Some(previous), Some(want)) = (memory, step["R_before"].as_f64()) {
            let got = scheduler.retrievability(previous.stability, f64::from(days));
            assert!(close(got, want), "{title} #{index}: R {got} want {want}");
        }
        let next = scheduler.next_memories(memory, days)[usize::from(grade.number() - 1)];
        let (want_s, want_d) = (num(step, "S"), num(step, "D"));
        assert!(
            close(next.stability, want_s),
            "{title} #{}: S {} want {want_s}",
            index + 1,
            next.stability
        );
        assert!(
            close(next.difficulty, want_d),
            "{title} #{}: D {} want {want_d}",
            index + 1,
            next.difficulty
        );
        if let Some(raw) = step["raw_ivl"].as_f64() {
            let got = scheduler.raw_interval(next.stability, 0.9);
            assert!(
                close(got, raw),
                "{title} #{}: raw interval {got}",
                index + 1
            );
        }
        let want_ivl = step["ivl_days"].as_i64().expect("an interval");
        assert_eq!(
            scheduler.interval_days(next.stability),
            want_ivl,
            "{title} #{}: interval",
            index + 1
        );
        memory = Some(next);
        checked += 1;
    }
    checked
}

#[test]
fn part_a_day_level_memory_model() {
    let reference = reference();
    let scheduler = Scheduler::default();
    let cases = reference["A_day_level"].as_array().expect("part A");
    let mut checked = 0;
    for case in cases {
        let elapsed: Vec<u32> = case["elapsed_days"]
            .as_array()
            .expect("elapsed days")
            .iter()
            .map(|days| u32::try_from(days.as_u64().expect("days")).expect("few days"))
            .collect();
        checked += check_day_level(&scheduler, case, &elapsed);
    }
    assert_eq!(cases.len(), 11);
    assert!(checked >= 30, "only {checked} steps checked");
}

#[test]
fn part_a2_fsrs5_parameters_next_states() {
    let reference = reference();
    let part = &reference["A2_fsrs5_params_next_states"];
    let parameters: Vec<f32> = part["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .map(|value| value.as_f64().expect("a number") as f32)
        .collect();
    let scheduler = Scheduler::with_parameters(&parameters).expect("valid parameters");
    let ratings = part["history_ratings"].as_array().expect("ratings");
    let elapsed = part["history_elapsed"].as_array().expect("elapsed");
    let mut memory = None;
    for (rating, days) in ratings.iter().zip(elapsed) {
        let days = u32::try_from(days.as_u64().expect("days")).expect("few days");
        memory =
            Some(scheduler.next_memories(memory, days)[usize::from(grade(rating).number() - 1)]);
    }
    let now = u32::try_from(part["elapsed_now"].as_u64().expect("days")).expect("few days");
    let next = scheduler.next_memories(memory, now);
    for grade in Grade::ALL {
        let want = &part["next"][grade.name()];
        let got = next[usize::from(grade.number() - 1)];
        assert!(
            close(got.stability, num(want, "S")),
            "{grade}: S {}",
            got.stability
        );
        assert!(
            close(got.difficulty, num(want, "D")),
            "{grade}: D {}",
            got.difficulty
        );
    }
}

#[test]
fn part_b_each_review_on_its_due_day() {
    let reference = reference();
    let scheduler = Scheduler::default();
    let cases = reference["B_due_day"].as_array().expect("part B");
    for case in cases {
        let elapsed: Vec<u32> = case["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .map(|step| u32::try_from(step["elapsed_days"].as_u64().expect("days")).expect("days"))
            .collect();
        check_day_level(&scheduler, case, &elapsed);
        // The due day is the previous interval: the scheduler's own intervals drive it.
        for pair in case["steps"].as_array().expect("steps").windows(2) {
            assert_eq!(pair[1]["elapsed_days"], pair[0]["ivl_days"]);
        }
    }
    assert_eq!(cases.len(), 6);
}

/// "2 days, 0:00:00" or "0:05:30" → seconds.
fn parse_due_in(text: &str) -> i64 {
    let (days, clock) = match text.split_once(", ") {
        Some((days, clock)) => {
            let days: i64 = days
                .trim_end_matches(" days")
                .trim_end_matches(" day")
                .parse()
                .expect("a day count");
            (days, clock)
        }
        None => (0, text),
    };
    let parts: Vec<i64> = clock
        .split(':')
        .map(|part| part.parse().expect("a clock part"))
        .collect();
    days * 86_400 + parts[0] * 3_600 + parts[1] * 60 + parts[2]
}

#[test]
fn part_c_learning_and_relearning_steps() {
    let reference = reference();
    let scheduler = Scheduler::default();
    let cases = reference["C_default_scheduler"].as_array().expect("part C");
    let mut checked = 0;
    for case in cases {
        let title = case["title"].as_str().expect("a title");
        // Each review at the card's due time, starting from an arbitrary moment.
        let mut card = CardState::new(1_700_000_000);
        for (index, step) in case["steps"].as_array().expect("steps").iter().enumerate() {
            let now = card.due;
            let grade = grade(&step["rating"]);
            let outcome = scheduler.preview(&card, now)[usize::from(grade.number() - 1)];
            card = outcome.card;
            let memory = card.memory.expect("a reviewed card has a memory");
            let at = format!("{title} #{}", index + 1);
            assert!(
                close(memory.stability, num(step, "S")),
                "{at}: S {}",
                memory.stability
            );
            assert!(
                close(memory.difficulty, num(step, "D")),
                "{at}: D {}",
                memory.difficulty
            );
            let want_phase = step["state"].as_str().expect("a state");
            let phase = match card.phase {
                Phase::Learning { .. } => "Learning",
                Phase::Review => "Review",
                Phase::Relearning { .. } => "Relearning",
            };
            assert_eq!(phase, want_phase, "{at}: phase");
            let due_in = parse_due_in(step["due_in"].as_str().expect("due_in"));
            assert_eq!(outcome.interval, due_in, "{at}: interval");
            assert_eq!(card.due - now, due_in, "{at}: due");
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} steps checked");
}

#[test]
fn part_d_interval_formula_and_forgetting_curve() {
    let reference = reference();
    let scheduler = Scheduler::default();
    let part = &reference["D_formula"];
    let want: Vec<f64> = part["ivl_S1_retention_0.1_to_1.0"]
        .as_array()
        .expect("intervals")
        .iter()
        .map(|value| value.as_f64().expect("a number"))
        .collect();
    for (tenth, want) in (1..=10).zip(&want) {
        let retention = f64::from(tenth) / 10.0;
        let got = scheduler.raw_interval(1.0, retention).round().max(1.0);
        // 3,116,769 days in f32 (fsrs-rs's own test expects 3,116,766): relative 1e-5.
        assert!(
            (got - want).abs() <= 1e-5 * want,
            "retention {retention}: {got} want {want}"
        );
    }
    let curve: Vec<f64> = part["R_S1_decay0.2_t0to3"]
        .as_array()
        .expect("R values")
        .iter()
        .map(|value| value.as_f64().expect("a number"))
        .collect();
    for (days, want) in (0..4).zip(&curve) {
        let got = retrievability(1.0, f64::from(days), 0.2);
        assert!(close(got, *want), "R at {days} days: {got} want {want}");
    }
}
