import Foundation
import Testing

/// Expects rendered lines to equal a stored snapshot, `Tests/<Target>/Snapshots/<name>.txt`.
///
/// The snapshot file holds the lines joined by newlines, with a final newline. A missing
/// snapshot is recorded and the test fails once, asking for a look at the file; with
/// `RECORD_SNAPSHOTS=1` in the environment every snapshot is re-recorded. On a mismatch the
/// failure shows the first differing line.
public func assertSnapshot(
  _ lines: [String], named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = snapshotDirectory(for: filePath).appendingPathComponent(name + ".txt")
  let actual = lines.joined(separator: "\n") + "\n"
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
      return
    }
    if !record {
      Issue.record(
        "recorded new snapshot \(name); check it and run again", sourceLocation: sourceLocation)
    }
    return
  }
  guard actual != expected else { return }
  let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    .map(String.init)
  let firstDifference =
    zip(lines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    ?? min(lines.count, expectedLines.count)
  let got = firstDifference < lines.count ? lines[firstDifference] : "(no line)"
  let wanted = firstDifference < expectedLines.count ? expectedLines[firstDifference] : "(no line)"
  let message =
    "snapshot \(name) differs at line \(firstDifference + 1):\n  got:      \(got)\n"
    + "  expected: \(wanted)\n(run with RECORD_SNAPSHOTS=1 to re-record)"
  Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// `Tests/<Target>/Snapshots` for a test file somewhere under `Tests/<Target>/`.
private func snapshotDirectory(for filePath: String) -> URL {
  var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  while url.pathComponents.count > 2 && url.deletingLastPathComponent().lastPathComponent != "Tests"
  {
    url = url.deletingLastPathComponent()
  }
  return url.appendingPathComponent("Snapshots")
}
