//! The store: the state behind a cell, the pure reducer, and the effects run
//! after each action (yew's `use_reducer` cannot hand effects out).

use crate::effects;
use crate::state::{Action, State};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The state and one dispatch callback for the app's lifetime (so that
/// components whose props did not change compare equal and skip rendering).
#[hook]
pub fn use_store(init: impl FnOnce() -> State) -> (Rc<State>, Callback<Action>) {
    let cell: Rc<RefCell<Rc<State>>> = use_mut_ref(|| Rc::new(init()));
    let redraw = use_force_update();
    let dispatch = {
        let cell = cell.clone();
        use_memo((), move |_| {
            let slot: Rc<RefCell<Option<Callback<Action>>>> = Rc::default();
            let this = slot.clone();
            let dispatch = Callback::from(move |action: Action| {
                let current = cell.borrow().clone();
                let (next, effects) = current.reduce(action);
                let changed = !Rc::ptr_eq(&current, &next);
                *cell.borrow_mut() = next;
                if changed {
                    redraw.force_update();
                }
                let dispatch = this.borrow().clone().expect("set below");
                for effect in effects {
                    effects::run(effect, &dispatch);
                }
            });
            *slot.borrow_mut() = Some(dispatch.clone());
            dispatch
        })
    };
    let state = cell.borrow().clone();
    (state, (*dispatch).clone())
}
