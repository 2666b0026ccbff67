import Testing

@testable import LessonKit

/// Snapshot tests on formulas from the course notes (Ng's Deep Learning Specialization and
/// cs231n): the TeX source, its one-line rendering, and for display formulas the 2-D lines.
@Suite struct LaTeXRendererTests {
  struct Formula: Sendable, CustomTestStringConvertible {
    var tex: String
    var inline: String
    var testDescription: String { tex }
  }

  static let formulas: [Formula] = [
    Formula(
      tex: #"J(w, b) = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}(\hat{y}^{(i)}, y^{(i)})"#,
      inline: #"J(w, b) = 1/m ∑ᵢ₌₁ᵐ ℒ(ŷ⁽ⁱ⁾, y⁽ⁱ⁾)"#),
    Formula(
      tex: #"\mathcal{L}(\hat{y}, y) = - (y \log \hat{y} + (1-y) \log (1- \hat{y}))"#,
      inline: #"ℒ(ŷ, y) = −(y log ŷ + (1 − y) log(1 − ŷ))"#),
    Formula(
      tex: #"\sigma(z) = \frac{1}{1+e^{-z}}"#,
      inline: #"σ(z) = 1/(1 + e⁻ᶻ)"#),
    Formula(
      tex: #"\hat{y} = \sigma (w ^ \top x + b)"#,
      inline: #"ŷ = σ(wᵀx + b)"#),
    Formula(
      tex: #"X \in \mathbb{R} ^{n_X \times m}"#,
      inline: #"X ∈ ℝ^(n_X×m)"#),
    Formula(
      tex: #"y^{(i)} \in \{0,1\}"#,
      inline: #"y⁽ⁱ⁾ ∈ {0, 1}"#),
    Formula(
      tex: #"Z^{[l]} = W^{[l]}A^{[l-1]} + b^{[l]}"#,
      inline: #"Z^[l] = W^[l]A^[l−1] + b^[l]"#),
    Formula(
      tex: #"dW^{[k]} = dZ^{[k]} A^{[k-1]\top}"#,
      inline: #"dW^[k] = dZ^[k]A^[k−1]ᵀ"#),
    Formula(
      tex: #"dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]\top}"#,
      inline: #"dW^[2] = 1/m dZ^[2]A^[1]ᵀ"#),
    Formula(
      tex: #"db^{[2]} = \frac{1}{m}\sum_{\text{cols}} dZ^{[2]}"#,
      inline: #"db^[2] = 1/m ∑_(cols) dZ^[2]"#),
    Formula(
      tex: #"dZ^{[1]} = W^{[2]\top} dZ^{[2]} \odot g^{[1]\prime}(Z^{[1]})"#,
      inline: #"dZ^[1] = W^[2]ᵀdZ^[2] ⊙ g^[1]′(Z^[1])"#),
    Formula(
      tex: #"dA^{[L]} = -\frac{Y}{A^{[L]}} + \frac{1-Y}{1-A^{[L]}}"#,
      inline: #"dA^[L] = −Y/A^[L] + (1 − Y)/(1 − A^[L])"#),
    Formula(
      tex: #"\frac{\partial J}{\partial w} = \frac{1}{m} X (\hat{Y} - Y)^\top"#,
      inline: #"∂J/∂w = 1/m X(Ŷ − Y)ᵀ"#),
    Formula(
      tex: #"w \leftarrow w - \alpha \frac{\partial J}{\partial w}"#,
      inline: #"w ← w − α ∂J/∂w"#),
    Formula(
      tex: #"\frac{\lambda}{2m} \lVert w \rVert_2^2 =\frac{\lambda}{2m}w^{\top}w"#,
      inline: #"λ/2m ‖w‖₂² = λ/2m wᵀw"#),
    Formula(
      tex: #"dW_{L2}^{[k]} = dW^{[k]} + \frac{\lambda}{m} W^{[k]}"#,
      inline: #"dW_(L2)^[k] = dW^[k] + λ/m W^[k]"#),
    Formula(
      tex: #"v \leftarrow \beta_1 v + (1-\beta_1) dw, \quad \hat{v} =\frac{v}{1-\beta_1^t}"#,
      inline: #"v ← β₁v + (1 − β₁)dw,  v̂ = v/(1 − β₁ᵗ)"#),
    Formula(
      tex: #"s \leftarrow \beta_2 s + (1-\beta_2) (dw)^2, \quad \hat{s} =\frac{s}{1-\beta_2^t}"#,
      inline: #"s ← β₂s + (1 − β₂)(dw)²,  ŝ = s/(1 − β₂ᵗ)"#),
    Formula(
      tex: #"w \leftarrow w - \alpha \frac{\hat{v}}{\sqrt{\hat{s}}+\epsilon}"#,
      inline: #"w ← w − α v̂/(√ŝ + ε)"#),
    Formula(
      tex:
        #"z_{\mathrm{norm}} = \frac{z - \mu}{\sqrt{\sigma^2+\epsilon}}, \quad \tilde{z} = \gamma z_{\mathrm{norm}} + \beta"#,
      inline: #"zₙₒᵣₘ = (z − μ)/√(σ² + ε),  z̃ = γzₙₒᵣₘ + β"#),
    Formula(
      tex: #"P(y=j|z^{(i)}) = \frac{e^{z_j^{(i)}}}{\sum_{k} e^{z_k^{(i)}}}"#,
      inline: #"P(y = j|z⁽ⁱ⁾) = e^(zⱼ⁽ⁱ⁾)/(∑ₖ e^(zₖ⁽ⁱ⁾))"#),
    Formula(
      tex: #"L_{i}=\sum_{j \neq y_{i}} \max \left(0, s_{j}-s_{y_{i}}+\Delta\right)"#,
      inline: #"Lᵢ = ∑_(j≠yᵢ) max(0, sⱼ − s_(yᵢ) + Δ)"#),
    Formula(
      tex: #"R(W)=\sum_{k} \sum_{l} W_{k, l}^{2}"#,
      inline: #"R(W) = ∑ₖ ∑ₗ W_(k,l)²"#),
    Formula(
      tex: #"L_{i}=-f_{y_{i}}+\log \left(\sum_{j} e^{f_{j}}\right)"#,
      inline: #"Lᵢ = −f_(yᵢ) + log(∑ⱼ e^(fⱼ))"#),
    Formula(
      tex: #"\sqrt{\frac{2}{n^{[l-1]}}}"#,
      inline: #"√(2/n^[l−1])"#),
    Formula(
      tex: #"\theta := \theta - \alpha \nabla_\theta J(\theta)"#,
      inline: #"θ := θ − α∇_θJ(θ)"#),
    Formula(
      tex: #"\lfloor{\frac{n_H+2p-f}{s} + 1}\rfloor \times \lfloor{\frac{n_W+2p-f}{s} + 1}\rfloor"#,
      inline: #"⌊(n_H + 2p − f)/s + 1⌋ × ⌊(n_W + 2p − f)/s + 1⌋"#),
    Formula(
      tex:
        #"\frac{\lVert d\theta_{approx} - d\theta \rVert_2}{\lVert d\theta_{approx}\rVert_2 + \lVert d\theta \rVert_2}"#,
      inline: #"(‖dθₐₚₚᵣₒₓ − dθ‖₂)/(‖dθₐₚₚᵣₒₓ‖₂ + ‖dθ‖₂)"#),
    Formula(
      tex: #"v_t = \beta v_{t-1} + (1-\beta) x_t"#,
      inline: #"vₜ = βvₜ₋₁ + (1 − β)xₜ"#),
    Formula(
      tex:
        #"a^{\langle t \rangle} = g(W_a [a^{\langle t-1 \rangle}, x^{\langle t \rangle}] + b_a)"#,
      inline: #"a^⟨t⟩ = g(Wₐ[a^⟨t−1⟩, x^⟨t⟩] + bₐ)"#),
    Formula(
      tex:
        #"c^{\langle t \rangle} = \Gamma_u \odot \tilde{c}^{\langle t \rangle} + \Gamma_f \odot c^{\langle t-1 \rangle}"#,
      inline: #"c^⟨t⟩ = Γᵤ ⊙ c̃^⟨t⟩ + Γ_f ⊙ c^⟨t−1⟩"#),
    Formula(
      tex: #"\mu = \frac{1}{m}\sum x^{(i)}"#,
      inline: #"μ = 1/m ∑ x⁽ⁱ⁾"#),
    Formula(
      tex: #"\sigma^2 = \frac{1}{m}\sum (x^{(i)}-\mu)^2"#,
      inline: #"σ² = 1/m ∑ (x⁽ⁱ⁾ − μ)²"#),
    Formula(
      tex: #"f(x, y)=\frac{x+\sigma(y)}{\sigma(x)+(x+y)^{2}}"#,
      inline: #"f(x, y) = (x + σ(y))/(σ(x) + (x + y)²)"#),
    Formula(
      tex: #"L=\frac{1}{N} \sum_{i} L_{i}+\lambda R(W)"#,
      inline: #"L = 1/N ∑ᵢ Lᵢ + λR(W)"#),
    Formula(
      tex: #"\mathrm{softmax}(z)_k = \frac{e^{z_k}}{\sum_j e^{z_j}}"#,
      inline: #"softmax(z)ₖ = e^(zₖ)/(∑ⱼ e^(zⱼ))"#),
    Formula(
      tex: #"\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}"#,
      inline: #"[1, 0; 0, 1]"#),
    Formula(
      tex:
        #"\alpha^{\langle t,t'\rangle} = \frac{\exp(e^{\langle t,t'\rangle})}{\sum_{t'=1}^{T_x}\exp(e^{\langle t,t'\rangle})}"#,
      inline: #"α^⟨t,t′⟩ = exp(e^⟨t,t′⟩)/(∑_(t′=1)^(Tₓ) exp(e^⟨t,t′⟩))"#),
    Formula(
      tex: #"\|x\|_2^2 \leq \epsilon, \; x \in \mathbb{R}^{n_x}"#,
      inline: #"‖x‖₂² ≤ ε, x ∈ ℝ^(nₓ)"#),
    Formula(
      tex:
        #"L=\underbrace{\frac{1}{N} \sum_{i} L_{i}}_{\text { data loss }}+\underbrace{\lambda R(W)}_{\text { regularization loss }}"#,
      inline: #"L = 1/N ∑ᵢ Lᵢ + λR(W)"#),
    Formula(
      tex:
        #"\sigma(x)=\frac{1}{1+e^{-x}} \rightarrow \frac{d \sigma(x)}{d x}=\frac{e^{-x}}{\left(1+e^{-x}\right)^{2}}=(1-\sigma(x)) \sigma(x)"#,
      inline: #"σ(x) = 1/(1 + e⁻ˣ) → dσ(x)/dx = e⁻ˣ/((1 + e⁻ˣ)²) = (1 − σ(x))σ(x)"#),
  ]

  @Test(arguments: formulas)
  func rendersInline(_ formula: Formula) {
    let rendering = LaTeXRenderer.inline(formula.tex)
    #expect(rendering.text == formula.inline)
    #expect(rendering.issues.isEmpty)
  }

  struct Display: Sendable, CustomTestStringConvertible {
    var tex: String
    var lines: [String]
    var testDescription: String { tex }
  }

  static let displays: [Display] = [
    Display(
      tex: #"J(w, b) = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}(\hat{y}^{(i)}, y^{(i)})"#,
      lines: [
        #"           1   m"#,
        #"J(w, b) = ───  ∑  ℒ(ŷ⁽ⁱ⁾, y⁽ⁱ⁾)"#,
        #"           m  i=1"#,
      ]),
    Display(
      tex: #"\sigma(z) = \frac{1}{1+e^{-z}}"#,
      lines: [
        #"           1"#,
        #"σ(z) = ─────────"#,
        #"        1 + e⁻ᶻ"#,
      ]),
    Display(
      tex: #"dA^{[L]} = -\frac{Y}{A^{[L]}} + \frac{1-Y}{1-A^{[L]}}"#,
      lines: [
        #"             Y         1 − Y"#,
        #"dA^[L] = −─────── + ───────────"#,
        #"           A^[L]     1 − A^[L]"#,
      ]),
    Display(
      tex: #"w \leftarrow w - \alpha \frac{\partial J}{\partial w}"#,
      lines: [
        #"           ∂J"#,
        #"w ← w − α ────"#,
        #"           ∂w"#,
      ]),
    Display(
      tex: #"w \leftarrow w - \alpha \frac{\hat{v}}{\sqrt{\hat{s}}+\epsilon}"#,
      lines: [
        #"             v̂"#,
        #"w ← w − α ────────"#,
        #"            _"#,
        #"           √ŝ + ε"#,
      ]),
    Display(
      tex:
        #"z_{\mathrm{norm}} = \frac{z - \mu}{\sqrt{\sigma^2+\epsilon}}, \quad \tilde{z} = \gamma z_{\mathrm{norm}} + \beta"#,
      lines: [
        #"          z − μ"#,
        #"zₙₒᵣₘ = ─────────,  z̃ = γzₙₒᵣₘ + β"#,
        #"          ______"#,
        #"         √σ² + ε"#,
      ]),
    Display(
      tex: #"P(y=j|z^{(i)}) = \frac{e^{z_j^{(i)}}}{\sum_{k} e^{z_k^{(i)}}}"#,
      lines: [
        #"                  e^(zⱼ⁽ⁱ⁾)"#,
        #"P(y = j|z⁽ⁱ⁾) = ─────────────"#,
        #"                 ∑ e^(zₖ⁽ⁱ⁾)"#,
        #"                 k"#,
      ]),
    Display(
      tex: #"L_{i}=\sum_{j \neq y_{i}} \max \left(0, s_{j}-s_{y_{i}}+\Delta\right)"#,
      lines: [
        #"Lᵢ =  ∑   max(0, sⱼ − s_(yᵢ) + Δ)"#,
        #"     j≠yᵢ"#,
      ]),
    Display(
      tex: #"L_{i}=-f_{y_{i}}+\log \left(\sum_{j} e^{f_{j}}\right)"#,
      lines: [
        #"Lᵢ = −f_(yᵢ) + log⎛∑ e^(fⱼ)⎞"#,
        #"                  ⎝j       ⎠"#,
      ]),
    Display(
      tex: #"\sqrt{\frac{2}{n^{[l-1]}}}"#,
      lines: [
        #" _________"#,
        #"│    2"#,
        #"│─────────"#,
        #"√ n^[l−1]"#,
      ]),
    Display(
      tex:
        #"\frac{\lVert d\theta_{approx} - d\theta \rVert_2}{\lVert d\theta_{approx}\rVert_2 + \lVert d\theta \rVert_2}"#,
      lines: [
        #"  ‖dθₐₚₚᵣₒₓ − dθ‖₂"#,
        #"─────────────────────"#,
        #" ‖dθₐₚₚᵣₒₓ‖₂ + ‖dθ‖₂"#,
      ]),
    Display(
      tex: #"L=\frac{1}{N} \sum_{i} L_{i}+\lambda R(W)"#,
      lines: [
        #"     1"#,
        #"L = ─── ∑ Lᵢ + λR(W)"#,
        #"     N  i"#,
      ]),
    Display(
      tex: #"\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}"#,
      lines: [
        #"⎡ 1  0 ⎤"#,
        #"⎣ 0  1 ⎦"#,
      ]),
    Display(
      tex:
        #"L=\underbrace{\frac{1}{N} \sum_{i} L_{i}}_{\text { data loss }}+\underbrace{\lambda R(W)}_{\text { regularization loss }}"#,
      lines: [
        #"      1"#,
        #"L =  ─── ∑ Lᵢ   +         λR(W)"#,
        #"      N  i                ╰─┬─╯"#,
        #"     ╰───┬──╯      regularization loss"#,
        #"     data loss"#,
      ]),
    Display(
      tex:
        #"\sigma(x)=\frac{1}{1+e^{-x}} \rightarrow \frac{d \sigma(x)}{d x}=\frac{e^{-x}}{\left(1+e^{-x}\right)^{2}}=(1-\sigma(x)) \sigma(x)"#,
      lines: [
        #"           1        dσ(x)        e⁻ˣ"#,
        #"σ(x) = ───────── → ─────── = ──────────── = (1 − σ(x))σ(x)"#,
        #"        1 + e⁻ˣ      dx       (1 + e⁻ˣ)²"#,
      ]),
  ]

  @Test(arguments: displays)
  func rendersDisplay(_ display: Display) {
    let rendering = LaTeXRenderer.display(display.tex)
    #expect(rendering.lines == display.lines)
    #expect(rendering.issues.isEmpty)
  }
}
