extension Document {
  /// This document (a reloaded lesson) with the outputs `old` showed under code cells whose
  /// source is unchanged, so an author's edit elsewhere keeps what the learner ran, and with the
  /// learner's place in each unchanged quiz and each exercise (answers, the answer being typed,
  /// their code) carried over by id.
  ///
  /// Cells are matched by source text in order: each new cell takes the output of the first
  /// not yet matched old cell with the same source; an edited cell starts without output.
  public func carryingOutputs(from old: Document) -> Document {
    var outputs: [(source: String, output: [OutputItem])] = []
    for index in old.blocks.indices {
      guard case .code(let source) = old.blocks[index],
        index + 1 < old.blocks.count, case .output(let items) = old.blocks[index + 1]
      else { continue }
      outputs.append((source, items))
    }
    var blocks: [Block] = []
    for (index, block) in self.blocks.enumerated() {
      blocks.append(block.carryingCard(from: old))
      guard case .code(let source) = block,
        let match = outputs.firstIndex(where: { $0.source == source })
      else { continue }
      let next = index + 1 < self.blocks.count ? self.blocks[index + 1] : nil
      if case .output? = next { continue }
      blocks.append(.output(outputs.remove(at: match).output))
    }
    var result = self
    result.blocks = blocks
    return result
  }

  /// The source of each code cell, in order.
  var cellSources: [String] {
    blocks.compactMap { if case .code(let source) = $0 { source } else { nil } }
  }
}

extension Document.Block {
  /// This block with the state of the card with the same id in `old` (a quiz only when its
  /// kind and choices are unchanged); other blocks as they are.
  fileprivate func carryingCard(from old: Document) -> Document.Block {
    switch self {
    case .quiz(var quiz):
      for case .quiz(let previous) in old.blocks
      where previous.id == quiz.id && previous.kind == quiz.kind && previous.choices == quiz.choices
      {
        quiz.status = previous.status
        quiz.cursor = previous.cursor
        quiz.checked = previous.checked
        quiz.input = previous.input
      }
      return .quiz(quiz)
    case .exercise(var exercise):
      for case .exercise(let previous) in old.blocks where previous.id == exercise.id {
        exercise.status = previous.status
        exercise.isChecking = previous.isChecking
      }
      return .exercise(exercise)
    default:
      return self
    }
  }
}
