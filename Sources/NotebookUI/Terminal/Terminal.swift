/// Where frames are shown and input comes from: ncurses for real, memory in tests.
///
/// Input is pulled (`nextEvent(timeout:)`) rather than pushed through an `AsyncStream`: ncurses is
/// not thread-safe, so reading keys and drawing must happen on one thread, and a blocking read
/// with a timeout is exactly what `wget_wch` offers. The timeout is also the tick that lets the
/// run loop pick up results posted by background work (training progress) between keys. Tests
/// get a deterministic, synchronous loop with no scheduling in between.
public protocol Terminal: AnyObject {
  /// Columns and rows.
  var size: (width: Int, height: Int) { get }
  /// Shows a frame (a real terminal writes only the cells that changed since the last one).
  func draw(_ screen: Screen)
  /// The next input event, waiting at most `timeout`; `nil` when none arrived in time.
  func nextEvent(timeout: Duration) -> Event?
}
