import Foundation
import Testing

@testable import LessonKit

/// The lessons compiled into the binary are exactly the files in `Lessons/`.
@Suite struct EmbeddedLessonsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func matchesTheLessonFiles() throws {
    let folder = Self.root.appendingPathComponent("Lessons")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.first?.isNumber == true && $0.hasSuffix(".md") }.sorted()
    let onDisk = try names.map { name in
      (
        "Lessons/" + name,
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      )
    }
    #expect(
      EmbeddedLessons.files.map(\.name) == onDisk.map(\.0),
      "run Scripts/embed-lessons.sh to regenerate Sources/LessonKit/Catalog/EmbeddedLessons.swift")
    for (embedded, file) in zip(EmbeddedLessons.files, onDisk) {
      #expect(embedded.text == file.1, "\(file.0) changed: run Scripts/embed-lessons.sh")
    }
  }

  @Test func embeddedCatalogParsesWithoutDiagnostics() {
    let catalog = LessonCatalog.embedded
    #expect(catalog.diagnostics.map(\.description) == [])
    #expect(catalog.lessons.first?.id == "tour")
  }

  @Test func loadsAFolderLikeTheEmbeddedCatalog() throws {
    let folder = try LessonCatalog.load(directory: Self.root.appendingPathComponent("Lessons"))
    #expect(folder.lessons.map(\.id) == LessonCatalog.embedded.lessons.map(\.id))
    #expect(folder.lessons.map(\.contentHash) == LessonCatalog.embedded.lessons.map(\.contentHash))
    #expect(throws: LessonLoadError.cannotRead("/nonexistent")) {
      try LessonCatalog.load(directory: URL(fileURLWithPath: "/nonexistent"))
    }
  }
}

@Suite struct LessonFolderStampTests {
  @Test func changesWhenALessonIsEdited() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stamp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("01-a.md")
    try Data("---\nid: a\ntitle: A\nformat: 1\n---\n".utf8).write(to: file)
    let before = LessonCatalog.stamp(of: folder)
    #expect(before.keys.sorted() == ["01-a.md"])
    #expect(LessonCatalog.stamp(of: folder) == before)
    try Data("---\nid: a\ntitle: A longer title\nformat: 1\n---\n".utf8).write(to: file)
    #expect(LessonCatalog.stamp(of: folder) != before)
    #expect(try LessonCatalog.load(directory: folder).lessons.map(\.header.title) == ["A longer title"])
  }
}
