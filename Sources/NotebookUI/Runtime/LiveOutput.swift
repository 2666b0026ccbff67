import Dispatch
import MiniPython
import Synchronization

/// The outputs of the running code (folded by `RunOutput`), posted to the inbox at most every
/// `interval`, and again `interval` after the last change so the newest state always shows.
///
/// Posting happens under the lock, so a late flush can never land after the finishing event.
final class LiveOutput: Sendable {
  static let interval = Duration.milliseconds(50)

  private struct State {
    var output = RunOutput()
    var inbox: EventInbox?
    var lastPost = ContinuousClock.now
    var hasUnposted = false
    var isFlushScheduled = false
    var run = 0
  }

  private let state = Mutex(State())

  func begin(_ inbox: EventInbox) {
    state.withLock { state in
      state = State(inbox: inbox, run: state.run + 1)
    }
  }

  func append(_ output: Output) {
    let flush: (run: Int, after: Duration)? = state.withLock { state in
      state.output.append(output)
      state.hasUnposted = true
      let waited = ContinuousClock.now - state.lastPost
      if waited >= Self.interval {
        post(&state)
        return nil
      }
      guard state.inbox != nil, !state.isFlushScheduled else { return nil }
      state.isFlushScheduled = true
      return (state.run, Self.interval - waited)
    }
    guard let flush else { return }
    let (seconds, attoseconds) = flush.after.components
    let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in
      state.withLock { state in
        guard state.run == flush.run else { return }
        state.isFlushScheduled = false
        if state.hasUnposted { post(&state) }
      }
    }
  }

  /// Posts the final items and stops posting until the next `begin`.
  func finish() {
    state.withLock { state in
      guard let inbox = state.inbox else { return }
      inbox.post(.output(state.output.items(), isFinished: true))
      state.inbox = nil
    }
  }

  private func post(_ state: inout State) {
    guard let inbox = state.inbox else { return }
    inbox.post(.output(state.output.items(), isFinished: false))
    state.lastPost = ContinuousClock.now
    state.hasUnposted = false
  }
}
