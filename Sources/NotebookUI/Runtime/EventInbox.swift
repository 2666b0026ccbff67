import Synchronization

/// A thread-safe queue of events posted by background work (evaluation, training progress).
///
/// The run loop drains it between reads from the terminal, at least once per tick.
public final class EventInbox: Sendable {
  private let events = Mutex<[Event]>([])

  public init() {}

  /// Adds an event; callable from any thread or task.
  public func post(_ event: Event) {
    events.withLock { $0.append(event) }
  }

  /// Takes every waiting event, oldest first.
  public func drain() -> [Event] {
    events.withLock { pending in
      defer { pending.removeAll(keepingCapacity: true) }
      return pending
    }
  }
}
