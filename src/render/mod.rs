//! Rendering the model into editions: HTML and PDF, per language and
//! parallel (Kazakh left, Russian right).
