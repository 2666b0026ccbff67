import FoundationEssentials
import Glibc

/// Keeps each lesson's `LessonProgress` as a human-readable JSON file in the user's data directory.
///
/// - Where: `$XDG_DATA_HOME/backprop/progress/<lesson-id>.json`, or
///   `~/.local/share/backprop/progress/` when `XDG_DATA_HOME` is unset (never the install folder).
/// - How: written after every step to a temporary file in the same folder, flushed, then
///   renamed over the old file; a crash leaves either the old or the new file, never half of one.
/// - Recovery: a file that cannot be read, or that a newer version wrote, is moved aside
///   (`<id>.json.unreadable`, `.unreadable-2`, …) and the learner starts fresh with a notice.
/// - Edits: loading against a changed lesson migrates the progress (`LessonProgress.migrated(to:)`).
public struct ProgressStore: Sendable {
  /// The file format version this build writes and reads.
  public static let version = 1

  /// The folder holding one file per lesson.
  public var directory: URL

  /// A store in `directory`.
  public init(directory: URL) {
    self.directory = directory
  }

  /// A store in the default data directory for `environment`.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    directory = ProgressStore.dataDirectory(environment: environment)
      .appendingPathComponent("progress", isDirectory: true)
  }

  /// `$XDG_DATA_HOME/backprop`, or `$HOME/.local/share/backprop`.
  public static func dataDirectory(environment: [String: String]) -> URL {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("backprop")
    }
    let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
    return URL(fileURLWithPath: home, isDirectory: true)
      .appendingPathComponent(".local/share/backprop", isDirectory: true)
  }

  /// The file for a lesson id (characters other than letters, digits, `-`, `_`, `.` become `_`).
  public func file(for lessonID: String) -> URL {
    let safe = String(lessonID.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
    return directory.appendingPathComponent(safe + ".json")
  }

  /// The learner's progress in `lesson`, migrated if the lesson changed; fresh if there is none.
  ///
  /// - Returns: the progress and notices for the learner (a file moved aside, a lesson edited).
  public func load(for lesson: Lesson) -> (progress: LessonProgress, notices: [String]) {
    let url = file(for: lesson.id)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return (LessonProgress(lesson: lesson), [])
    }
    switch decode(data) {
    case .success(let stored):
      guard stored.lessonID == lesson.id else {
        return (
          LessonProgress(lesson: lesson),
          [moveAside(url, reason: "it belongs to lesson '\(stored.lessonID)'")]
        )
      }
      if stored.contentHash == lesson.contentHash { return (stored, []) }
      return (
        stored.migrated(to: lesson),
        [
          "Lesson '\(lesson.id)' has changed since you last opened it; your work on unchanged parts is kept."
        ]
      )
    case .failure(let reason):
      return (LessonProgress(lesson: lesson), [moveAside(url, reason: reason.description)])
    }
  }

  /// Every stored progress that can be read, by lesson id (for the catalogue and `progress`).
  public func all() -> [String: LessonProgress] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    var result: [String: LessonProgress] = [:]
    for name in names where name.hasSuffix(".json") {
      let url = directory.appendingPathComponent(name)
      if let data = FileManager.default.contents(atPath: url.path),
        case .success(let progress) = decode(data)
      {
        result[progress.lessonID] = progress
      }
    }
    return result
  }

  /// Saves `progress` atomically.
  public func save(_ progress: LessonProgress) throws(ProgressStoreError) {
    try save(progress, interruptAfter: nil)
  }

  /// Saves, optionally stopping after `interruptAfter` bytes of the temporary file as a crash
  /// would (tests use this to show that the previous file survives).
  func save(_ progress: LessonProgress, interruptAfter: Int?) throws(ProgressStoreError) {
    let url = file(for: progress.lessonID)
    let data: Data
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      data = try ProgressStore.encode(progress)
    } catch {
      throw .cannotWrite(url.path, reason: "\(error)")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .cannotWrite(temporary.path, reason: "cannot create a temporary file: " + String(cString: strerror(errno)))
    }
    let written = interruptAfter.map { data.prefix($0) } ?? data[...]
    let complete = ProgressStore.writeAll(written, to: descriptor) && fsync(descriptor) == 0
    let failure = complete ? nil : String(cString: strerror(errno))
    close(descriptor)
    if interruptAfter != nil { throw .interrupted }
    if let failure {
      try? FileManager.default.removeItem(at: temporary)
      throw .cannotWrite(temporary.path, reason: failure)
    }
    guard rename(temporary.path, url.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw .cannotWrite(url.path, reason: String(cString: strerror(errno)))
    }
  }

  /// Deletes a lesson's progress (`backprop progress --forget ID`); nothing to delete is fine.
  public func forget(_ lessonID: String) throws(ProgressStoreError) {
    let url = file(for: lessonID)
    guard FileManager.default.fileExists(atPath: url.path) else { return }
    do {
      try FileManager.default.removeItem(at: url)
    } catch {
      throw .cannotWrite(url.path, reason: "\(error)")
    }
  }

  /// Writes every byte of `bytes` to an open file (retrying short writes and interrupted calls).
  private static func writeAll(_ bytes: Data.SubSequence, to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var sent = 0
      while sent < buffer.count {
        let result = write(descriptor, buffer.baseAddress! + sent, buffer.count - sent)
        if result > 0 {
          sent += result
        } else if result < 0 && errno == EINTR {
          continue
        } else {
          return false
        }
      }
      return true
    }
  }

  /// Moves an unreadable file aside and says so.
  func moveAside(_ url: URL, reason: String) -> String {
    var target = URL(fileURLWithPath: url.path + ".unreadable")
    var attempt = 2
    while FileManager.default.fileExists(atPath: target.path) {
      target = URL(fileURLWithPath: url.path + ".unreadable-\(attempt)")
      attempt += 1
    }
    let moved = rename(url.path, target.path) == 0
    let place = moved ? "it was moved to \(target.path)" : "it could not be moved aside"
    return
      "Your progress file \(url.path) could not be used (\(reason)); \(place) and the lesson starts fresh."
  }
}
