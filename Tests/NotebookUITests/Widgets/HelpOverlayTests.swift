import NotebookUI
import Testing

@Suite struct HelpOverlayTests {
  /// Every description of the standard key map.
  static let descriptions = Set(
    (Array(KeyMap.standard.bindings.values.joined())
      + Array(KeyMap.standard.contextBindings.values.joined())).map(\.help))

  /// The overlay's rows on every page, scrolling down to the last.
  static func pages(width: Int, height: Int, glyphs: Glyphs = .unicode) -> [[String]] {
    var state = Fixtures.state(width: width, height: height, glyphs: glyphs)
    _ = update(&state, with: .lessonOpened(LessonFixtures.document))
    _ = update(&state, with: .key(.character("?")))
    var pages = [Fixtures.screen(state).lines]
    for _ in 0..<helpMaximumScroll(state) {
      _ = update(&state, with: .key(.down))
      pages.append(Fixtures.screen(state).lines)
    }
    return pages
  }

  @Test(arguments: [(120, 36), (200, 60)])
  func everyKeyFitsOnOnePage(width: Int, height: Int) {
    let pages = Self.pages(width: width, height: height)
    #expect(pages.count == 1)
    let screen = pages[0].joined(separator: "\n")
    for help in Self.descriptions { #expect(screen.contains(help), "\(help) is cut or missing") }
    #expect(screen.contains("? or Esc closes this"))
    #expect(!screen.contains("scroll ·"))
  }

  @Test(arguments: [Glyphs.unicode, Glyphs.ascii])
  func at80x24EveryKeyIsOnSomePageWhole(glyphs: Glyphs) {
    let pages = Self.pages(width: 80, height: 24, glyphs: glyphs)
    #expect(pages.count > 1)
    let all = pages.joined().joined(separator: "\n")
    // ASCII keys are wider ("Enter Right l"), so the longest descriptions wrap at 22 columns.
    let width = glyphs == .ascii ? 22 : 25
    for help in Self.descriptions {
      for part in wrap(help, toWidth: width) {
        #expect(all.contains(part), "\(help) is cut or missing")
      }
    }
    let arrows = glyphs == .ascii ? "Up/Down" : "↑↓"
    #expect(pages[0].contains { $0.contains(arrows + " scroll · ? or Esc closes this") })
  }

  @Test func theSharedKeysAreListedOnce() {
    let screen = Self.pages(width: 200, height: 60)[0].joined(separator: "\n")
    #expect(screen.contains("Outside the REPL"))
    #expect(screen.ranges(of: "go to the REPL").count == 1)
  }

  @Test func at120x36TheCurrentSectionComesFirstInThreeColumns() throws {
    let lines = Self.pages(width: 120, height: 36)[0]
    let top = try #require(lines.firstIndex { $0.contains(" Keys ") })
    // The box is 115 columns wide: three columns of 38.
    let box = lines[top...].map { String($0.dropFirst(2).prefix(115)) }
    #expect(box[0].hasPrefix("   Keys "))
    #expect(box[1].hasPrefix(" Choice quiz    "))
    #expect(box[2].hasPrefix("  Enter      answer    "))
    // Every column starts with a section's heading: no section is cut in two.
    func character(_ row: Int, _ column: Int) -> Character {
      Array(box[row])[1 + 38 * column]
    }
    #expect((0..<3).allSatisfy { character(1, $0) != " " && character(2, $0) == " " })
  }
}
