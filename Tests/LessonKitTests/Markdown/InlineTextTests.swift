import Testing

@testable import LessonKit

@Suite struct InlineTextTests {
  @Test func splitsSpans() {
    #expect(
      InlineText.spans("A *b* **c** `$d$` $e^2$ [f](g) h_i \\$5") == [
        .text("A "), .emphasis("b"), .text(" "), .strong("c"), .text(" "), .code("$d$"), .text(" "),
        .math("e^2", offset: 19), .text(" "), .link(text: "f", url: "g"), .text(" h_i $5"),
      ])
  }

  @Test func leavesUnclosedMarkersAsText() {
    #expect(InlineText.spans("costs $5 and *more") == [.text("costs $5 and *more")])
  }

  @Test func rendersPlainText() {
    #expect(
      InlineText.plain("The **sigmoid** $\\sigma(z) = \\frac{1}{1+e^{-z}}$ [ref](u).")
        == "The sigmoid σ(z) = 1/(1 + e⁻ᶻ) ref (u).")
    #expect(InlineText.formulas("$a$ and $b_1$") == ["a", "b_1"])
  }
}
