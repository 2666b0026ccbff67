import Testing

@testable import LessonKit

@Suite struct LaTeXParserTests {
  @Test func reportsUnknownCommandWithSuggestion() {
    let rendering = LaTeXRenderer.inline(#"\sigmaa(z) + \foo"#)
    #expect(rendering.text == #"\sigmaa(z) + \foo"#)
    #expect(
      rendering.issues == [
        LaTeXIssue(
          message: #"unknown LaTeX command \sigmaa"#, help: #"did you mean \sigma?"#, offset: 0),
        LaTeXIssue(message: #"unknown LaTeX command \foo"#, offset: 13),
      ])
    #expect(
      rendering.issues[0].description
        == #"unknown LaTeX command \sigmaa (help: did you mean \sigma?)"#)
  }

  @Test func reportsUnbalancedBraces() {
    #expect(LaTeXRenderer.inline(#"\frac{1}{m"#).issues.map(\.message) == ["unbalanced '{'"])
    #expect(LaTeXRenderer.inline("a}b").issues.map(\.message) == ["unbalanced '}'"])
    #expect(
      LaTeXRenderer.inline(#"\left( x"#).issues.map(\.message) == [
        #"\left without a matching \right"#
      ])
  }

  @Test func transliteratesScriptsAllOrNothing() {
    #expect(LaTeXRenderer.inline("x_i^2").text == "xᵢ²")
    #expect(LaTeXRenderer.inline("x^{2q}").text == "x^(2q)")
    #expect(LaTeXRenderer.inline("n_H").text == "n_H")
    #expect(LaTeXRenderer.inline("W^{[l]}").text == "W^[l]")
    #expect(LaTeXRenderer.inline(#"W^{[l]\top}"#).text == "W^[l]ᵀ")
    #expect(LaTeXRenderer.inline("g'(z)").text == "g′(z)")
  }

  @Test func rendersAccentsFontsAndSpacing() {
    #expect(LaTeXRenderer.inline(#"\hat{x} \bar{y} \tilde{z} \vec{w}"#).text == "x̂ȳz̃w⃗")
    #expect(LaTeXRenderer.inline(#"\hat{xy}"#).text == "hat(xy)")
    #expect(LaTeXRenderer.inline(#"\mathbf{W} \mathbb{E} \mathcal{N}"#).text == "W𝔼𝒩")
    #expect(LaTeXRenderer.inline(#"a \quad b \, c"#).text == "a  b c")
    #expect(LaTeXRenderer.inline(#"\text{if } x"#).text == "if x")
    #expect(LaTeXRenderer.inline(#"\operatorname{relu}(z)"#).text == "relu(z)")
    #expect(LaTeXRenderer.inline(#"a \cdot b \times c \leq d"#).text == "a · b × c ≤ d")
  }

  @Test func rendersRootsAndMatricesInline() {
    #expect(LaTeXRenderer.inline(#"\sqrt{x}"#).text == "√x")
    #expect(LaTeXRenderer.inline(#"\sqrt[3]{x+1}"#).text == "³√(x + 1)")
    #expect(
      LaTeXRenderer.inline(#"\begin{pmatrix} a & b \\ c & d \end{pmatrix}"#).text == "(a, b; c, d)")
  }

  @Test func suggestsNearestKnownCommand() {
    #expect(LaTeXParser.suggestion(for: "lamda") == "lambda")
    #expect(LaTeXParser.suggestion(for: "frak") == "frac")
    #expect(LaTeXParser.suggestion(for: "zzzzzzzz") == nil)
  }
}
