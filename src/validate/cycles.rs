//! Cycles in `part_of` and `successor_of`: islands' `part_of` is a functional graph, where
//! every record names at most one parent; `successor_of` may name several parents; parties'
//! `part_of` names several, each for a period.

use crate::resolve::{At, Window};
use crate::time::Bounds;

/// The smallest index of each cycle in a functional graph (each node has at most one parent).
pub(super) fn cycle_starts(parent: &[Option<usize>]) -> Vec<usize> {
    // 0 = unvisited, 1 = on the current path, 2 = done.
    let mut state = vec![0u8; parent.len()];
    let mut starts = Vec::new();
    for start in 0..parent.len() {
        let mut path = Vec::new();
        let mut cur = Some(start);
        while let Some(i) = cur {
            match *state.at(i) {
                0 => {
                    *state.at_mut(i) = 1;
                    path.push(i);
                    cur = *parent.at(i);
                }
                1 => {
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
            *state.at_mut(i) = 2;
        }
    }
    starts.sort_unstable();
    starts
}

/// The members of the cycle through `start`, in order, ending back at `start`.
pub(super) fn cycle_members(parent: &[Option<usize>], start: usize) -> Vec<usize> {
    let mut out = vec![start];
    let mut cur = *parent.at(start);
    while let Some(i) = cur {
        out.push(i);
        if i == start || out.len() > parent.len() {
            break;
        }
        cur = *parent.at(i);
    }
    out
}

/// One cycle of each strongly connected part of a graph where a node may have several
/// parents (`successor_of` with several lines): the members from the part's smallest node
/// round to it again, by a shortest way, parts in the order of their smallest node. A node
/// that is its own parent is a cycle of one.
pub(super) fn cycles(parents: &[Vec<usize>]) -> Vec<Vec<usize>> {
    // Kosaraju: finishing order on the graph, then parts on its reverse.
    let order = finishing_order(parents);
    let (part, parts) = strong_parts(parents, &order);
    let mut out: Vec<Vec<usize>> = parts
        .iter()
        .enumerate()
        .filter_map(|(id, members)| {
            let &start = members.iter().min()?;
            // A part of one node is a cycle only when the node is its own parent.
            if members.len() == 1 && !parents.at(start).contains(&start) {
                return None;
            }
            shortest_cycle(parents, start, |node| *part.at(node) == id)
        })
        .collect();
    out.sort_unstable_by_key(|c| c.first().copied());
    out
}

/// The nodes of the graph in the order a depth-first walk finishes them, without recursion.
fn finishing_order(parents: &[Vec<usize>]) -> Vec<usize> {
    let n = parents.len();
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    for root in 0..n {
        if *seen.at(root) {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        *seen.at_mut(root) = true;
        while let Some(&mut (node, ref mut k)) = stack.last_mut() {
            if let Some(&child) = parents.at(node).get(*k) {
                *k += 1;
                if !*seen.at(child) {
                    *seen.at_mut(child) = true;
                    stack.push((child, 0));
                }
            } else {
                order.push(node);
                stack.pop();
            }
        }
    }
    order
}

/// The strongly connected parts of the graph, found on its reverse in the reverse of
/// `order`: each node's part, and each part's members.
fn strong_parts(parents: &[Vec<usize>], order: &[usize]) -> (Vec<usize>, Vec<Vec<usize>>) {
    let n = parents.len();
    let mut reverse = vec![Vec::new(); n];
    for (i, ps) in parents.iter().enumerate() {
        for &p in ps {
            reverse.at_mut(p).push(i);
        }
    }
    let mut part = vec![usize::MAX; n];
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for &root in order.iter().rev() {
        if *part.at(root) != usize::MAX {
            continue;
        }
        let id = parts.len();
        let mut members = vec![root];
        *part.at_mut(root) = id;
        let mut k = 0;
        while let Some(&node) = members.get(k) {
            k += 1;
            for &child in reverse.at(node) {
                if *part.at(child) == usize::MAX {
                    *part.at_mut(child) = id;
                    members.push(child);
                }
            }
        }
        parts.push(members);
    }
    (part, parts)
}

/// A shortest way from `start` round to itself through the nodes `inside` admits, breadth
/// first: its members in order, `start` first and last.
fn shortest_cycle(parents: &[Vec<usize>], start: usize, inside: impl Fn(usize) -> bool) -> Option<Vec<usize>> {
    let mut from: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for &child in parents.at(node) {
            if !inside(child) {
                continue;
            }
            if child == start {
                let mut path = vec![start, node];
                let mut at = node;
                while at != start {
                    // Every node reached but `start` was reached from another.
                    at = *from.get(&at)?;
                    path.push(at);
                }
                path.reverse();
                if node == start {
                    path.truncate(2);
                }
                return Some(path);
            }
            if let std::collections::hash_map::Entry::Vacant(e) = from.entry(child) {
                e.insert(node);
                queue.push_back(child);
            }
        }
    }
    None
}

/// The first cycle through each node, found from its smallest member, of a graph whose edges
/// hold during a period (`part_of` between parties), counting only cycles whose periods all
/// surely hold at one time; an edge from a node to itself is a cycle whatever its period.
/// Each is the members in order, ending back at the first.
pub(super) fn timed_cycles(edges: &[Vec<(usize, Bounds)>]) -> Vec<Vec<usize>> {
    let next = |i: usize| edges.get(i).map_or(&[][..], |e| &e[..]);
    let mut out = Vec::new();
    for start in 0..edges.len() {
        if next(start).is_empty() {
            continue;
        }
        if next(start).iter().any(|&(to, _)| to == start) {
            out.push(vec![start, start]);
            continue;
        }
        // States: (node, window of the edges taken, the state it came from).
        let mut states: Vec<(usize, Window, usize)> = vec![(start, Window::ALL, usize::MAX)];
        let mut at: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
        let mut k = 0;
        let mut found = None;
        'walk: while let Some(&(node, window, _)) = states.get(k) {
            for &(to, bounds) in next(node) {
                // Only cycles whose smallest member is `start`, so each is found once.
                if to < start {
                    continue;
                }
                let Some(w) = window.and(&bounds) else { continue };
                if to == start {
                    if w.is_sure() {
                        found = Some(k);
                        break 'walk;
                    }
                    continue;
                }
                let seen = at.entry(to).or_default();
                if seen.iter().any(|&j| states.get(j).is_some_and(|s| s.1.covers(&w))) {
                    continue;
                }
                seen.push(states.len());
                states.push((to, w, k));
            }
            k += 1;
        }
        if let Some(mut s) = found {
            let mut path = vec![start];
            while let Some(&(node, _, from)) = states.get(s) {
                path.push(node);
                s = from;
            }
            path.reverse();
            out.push(path);
        }
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

    #[test]
    fn cycles_of_several_parents_are_found_once_each() {
        // 0 -> {1, 3}; 1 -> 2; 2 -> 0; 3 -> 3; 4 -> 5; 5 -> 4; 6 -> none
        let parents = [vec![1, 3], vec![2], vec![0], vec![3], vec![5], vec![4], vec![]];
        assert_eq!(cycles(&parents), [vec![0, 1, 2, 0], vec![3, 3], vec![4, 5, 4]]);
    }

    #[test]
    fn a_timed_cycle_needs_its_periods_to_meet() {
        let b = |t: &str| t.parse::<crate::Period>().unwrap_or_else(|e| panic!("{e}")).bounds();
        let apart = [vec![(1, b("1900/1950"))], vec![(0, b("1960/1990"))]];
        assert!(timed_cycles(&apart).is_empty());
        let together = [vec![(1, b("1900/1950"))], vec![(2, b("1940/1990"))], vec![(0, b("1945"))]];
        assert_eq!(timed_cycles(&together), [vec![0, 1, 2, 0]]);
        let maybe = [vec![(1, b("1900/1950"))], vec![(0, b("195X/1990"))]];
        assert!(timed_cycles(&maybe).is_empty(), "the second may start after the first ends");
        let itself = [vec![(0, b("1000/1001"))]];
        assert_eq!(timed_cycles(&itself), [vec![0, 0]]);
    }
}
