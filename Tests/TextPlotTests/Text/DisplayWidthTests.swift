import Testing

@testable import TextPlot

@Suite struct DisplayWidthTests {
  // Expected widths are glibc's wcwidth in C.UTF-8, except where it answers -1 (noted).
  @Test(arguments: [
    ("a", 1), ("~", 1), ("é", 1), ("\u{301}", 0), ("\u{200B}", 0), ("\u{200D}", 0),
    ("損", 2), ("ア", 2), ("ｱ", 1), ("Ａ", 2), ("한", 2), ("\u{1160}", 0), ("😀", 2),
    ("⠿", 1), ("▀", 1), ("░", 1), ("─", 1), ("●", 1), ("\u{3000}", 2),
    ("\u{7}", 0), ("\u{85}", 0),  // controls: wcwidth says -1
    ("\u{1CD00}", 1),  // an octant, unassigned in Unicode 14: wcwidth says -1
  ])
  func scalarWidthsMatchWcwidth(text: String, width: Int) {
    #expect(displayWidth(text.unicodeScalars.first!) == width)
  }

  @Test func graphemeWidthSumsScalarsUpToTwo() {
    #expect(displayWidth(Character("e\u{301}")) == 1)
    #expect(displayWidth(Character("👩\u{200D}👩\u{200D}👧")) == 2)
    #expect(displayWidth(Character("\u{301}")) == 0)
  }

  @Test func stringWidthCountsColumns() {
    #expect(displayWidth("loss") == 4)
    #expect(displayWidth("損失 loss") == 9)
    #expect(displayWidth("") == 0)
    #expect(displayWidth("a\tb") == 2)
  }
}
