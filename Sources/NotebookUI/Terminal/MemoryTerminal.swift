/// A terminal in memory: it replays scripted events and records every frame drawn.
///
/// The `Runtime` tests drive a whole session with it (ratatui's `TestBackend`). When the script
/// runs out it reports `.terminationRequested`, so a loop under test always ends.
public final class MemoryTerminal: Terminal {
  public private(set) var size: (width: Int, height: Int)
  /// Every frame drawn, oldest first.
  public private(set) var frames: [Screen] = []
  private var script: [Event]

  public init(width: Int, height: Int, script: [Event] = []) {
    self.size = (width, height)
    self.script = script
  }

  /// The last frame drawn.
  public var lastFrame: Screen? { frames.last }

  /// Adds events to the end of the script.
  public func enqueue(_ events: [Event]) {
    script.append(contentsOf: events)
  }

  public func draw(_ screen: Screen) {
    frames.append(screen)
  }

  /// Pops the next scripted event; a `.resize` also changes `size`, as a real terminal would.
  public func nextEvent(timeout: Duration) -> Event? {
    guard !script.isEmpty else { return .terminationRequested }
    let event = script.removeFirst()
    if case .resize(let width, let height) = event { size = (width, height) }
    return event
  }
}
