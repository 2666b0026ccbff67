import FoundationEssentials
import Glibc

extension LessonCatalog {
  /// Reads every `*.md` file of `directory` (except `README.md`).
  ///
  /// - Throws: `LessonLoadError` when the folder cannot be read; lessons that fail to parse
  ///   are reported in `diagnostics` instead.
  public static func load(directory: URL) throws(LessonLoadError) -> LessonCatalog {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw .cannotRead(directory.path)
    }
    var files: [(name: String, text: String)] = []
    for name in names.sorted() where name.hasSuffix(".md") {
      let url = directory.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path),
        let text = String(data: data, encoding: .utf8)
      else { throw .cannotRead(url.path) }
      files.append((directory.lastPathComponent + "/" + name, text))
    }
    return LessonCatalog(files: files)
  }
}

extension LessonCatalog {
  /// The size and modification time of every `*.md` file in `directory`, for live reload: an
  /// author's edit changes the stamp, and the host reloads the folder.
  ///
  /// ```swift
  /// if LessonCatalog.stamp(of: folder) != lastStamp { catalog = try LessonCatalog.load(directory: folder) }
  /// ```
  public static func stamp(of directory: URL) -> [String: String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    var stamp: [String: String] = [:]
    for name in names where name.hasSuffix(".md") {
      let path = directory.appendingPathComponent(name).path
      var status = stat()
      guard stat(path, &status) == 0 else { continue }
      stamp[name] = "\(status.st_size)@\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }
    return stamp
  }
}

extension LessonLinter {
  /// Lints every lesson in a folder (`backprop lint [DIR]`).
  public static func lint(directory: URL, runtime: (any LessonRuntime)?) throws(LessonLoadError)
    -> [LessonDiagnostic]
  {
    lint(try LessonCatalog.load(directory: directory), runtime: runtime)
  }
}

/// A lesson folder or file that cannot be read.
public enum LessonLoadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path could not be read.
  case cannotRead(String)

  public var description: String {
    switch self {
    case .cannotRead(let path): "cannot read \(path)"
    }
  }
}
