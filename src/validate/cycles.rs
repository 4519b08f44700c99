//! Cycles in `part_of` and `successor_of`: each a functional graph, where every record names
//! at most one parent.

/// The smallest index of each cycle in a functional graph (each node has at most one parent).
pub(super) fn cycle_starts(parent: &[Option<usize>]) -> Vec<usize> {
    // 0 = unvisited, 1 = on the current path, 2 = done.
    let mut state = vec![0u8; parent.len()];
    let mut starts = Vec::new();
    for start in 0..parent.len() {
        let mut path = Vec::new();
        let mut cur = Some(start);
        while let Some(i) = cur {
            match state.get(i).copied() {
                Some(0) => {
                    if let Some(s) = state.get_mut(i) {
                        *s = 1;
                    }
                    path.push(i);
                    cur = parent.get(i).copied().flatten();
                }
                Some(1) => {
                    // `i` is on the current path: the cycle is the path from `i` on.
                    let from = path.iter().position(|&p| p == i).unwrap_or(0);
                    if let Some(&min) = path.get(from..).and_then(|c| c.iter().min()) {
                        starts.push(min);
                    }
                    break;
                }
                _ => break,
            }
        }
        for i in path {
            if let Some(s) = state.get_mut(i) {
                *s = 2;
            }
        }
    }
    starts.sort_unstable();
    starts
}

/// The members of the cycle through `start`, in order, ending back at `start`.
pub(super) fn cycle_members(parent: &[Option<usize>], start: usize) -> Vec<usize> {
    let mut out = vec![start];
    let mut cur = parent.get(start).copied().flatten();
    while let Some(i) = cur {
        out.push(i);
        if i == start || out.len() > parent.len() {
            break;
        }
        cur = parent.get(i).copied().flatten();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_are_found_once() {
        // 0 -> 1 -> 2 -> 1 ; 3 -> 3 ; 4 -> none
        let parent = [Some(1), Some(2), Some(1), Some(3), None];
        assert_eq!(cycle_starts(&parent), [1, 3]);
        assert_eq!(cycle_members(&parent, 1), [1, 2, 1]);
    }
}
