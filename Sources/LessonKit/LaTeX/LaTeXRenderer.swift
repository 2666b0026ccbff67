/// Converts TeX maths from lesson sources to readable Unicode text.
///
/// ```swift
/// LaTeXRenderer.inline(#"\sigma(z) = \frac{1}{1+e^{-z}}"#).text  // "σ(z) = 1/(1 + e⁻ᶻ)"
/// LaTeXRenderer.display(#"\frac{1}{m}"#).lines                   // [" 1 ", "───", " m "]
/// ```
/// Unknown commands stay verbatim in the output and come back as `issues`, which the linter
/// reports as errors: never silent garbage.
public enum LaTeXRenderer {
  /// A rendered formula and the problems found in its source.
  public struct Rendering: Sendable, Equatable {
    /// The lines of text (one line in inline mode).
    public var lines: [String]
    /// Unknown commands and unbalanced braces.
    public var issues: [LaTeXIssue]

    /// The lines joined by newlines.
    public var text: String { lines.joined(separator: "\n") }
  }

  /// Renders `tex` on one line (for `$…$` in prose).
  public static func inline(_ tex: String) -> Rendering {
    let (node, issues) = LaTeXParser.parse(tex)
    return Rendering(lines: [InlineMathRenderer.render(node)], issues: issues)
  }

  /// Renders `tex` in two dimensions (for `$$…$$` blocks); trailing spaces are trimmed.
  public static func display(_ tex: String) -> Rendering {
    let (node, issues) = LaTeXParser.parse(tex)
    let lines = DisplayMathRenderer.render(node).lines.map { line in
      String(line.reversed().drop { $0 == " " }.reversed())
    }
    return Rendering(lines: lines, issues: issues)
  }
}
