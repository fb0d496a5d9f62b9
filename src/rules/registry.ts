import { careerLevelOrder } from './career-level-order.js';
import { crossDepartmentSuperior } from './cross-department-superior.js';
import { departmentCycle } from './department-cycle.js';
import { departmentHeadMember } from './department-head-member.js';
import { departmentHeadcount } from './department-headcount.js';
import { duplicateReference } from './duplicate-reference.js';
import { experienceLevelOrder } from './experience-level-order.js';
import { levelOrder } from './level-order.js';
import { referenceExists } from './reference-exists.js';
import { reportingCycle } from './reporting-cycle.js';
import { reportsBothWays } from './reports-both-ways.js';
import { selfReport } from './self-report.js';
import { singleRoot } from './single-root.js';
import { spanOfControl } from './span-of-control.js';
import { unreachableRole } from './unreachable-role.js';
import { boilerplate } from './boilerplate.js';
import { cjkLatinSpacing } from './cjk-latin-spacing.js';
import { cjkRadical } from './cjk-radical.js';
import { discriminatoryRequirement } from './discriminatory-requirement.js';
import { duplicateItem } from './duplicate-item.js';
import { duplicatePunctuation } from './duplicate-punctuation.js';
import { duplicateSection } from './duplicate-section.js';
import { ellipsis } from './ellipsis.js';
import { emptySection } from './empty-section.js';
import { fullwidthParentheses } from './fullwidth-parentheses.js';
import { fullwidthPunctuation } from './fullwidth-punctuation.js';
import { handNumberedList } from './hand-numbered-list.js';
import { headingLevel } from './heading-level.js';
import { placeholder } from './placeholder.js';
import { replacementCharacter } from './replacement-character.js';
import { requiredSection } from './required-section.js';
import { sectionAlias } from './section-alias.js';
import { staleAnalysisDate } from './stale-analysis-date.js';
import { truncatedSentence } from './truncated-sentence.js';
import { unjustifiedRequirement } from './unjustified-requirement.js';
import { unusedDisable } from './unused-disable.js';
import { zeroWidthCharacter } from './zero-width-character.js';
import { bidiControl } from './bidi-control.js';
import type { Rule } from './rule.js';

/** Every rule, listed explicitly: no loader, no magic. Graph rules are rules like any other. */
export const RULES: readonly Rule[] = [
  // Document rules: structure of the body.
  requiredSection,
  sectionAlias,
  duplicateSection,
  emptySection,
  headingLevel,
  handNumberedList,
  duplicateItem,
  // Document rules: content quality.
  placeholder,
  truncatedSentence,
  boilerplate,
  cjkRadical,
  replacementCharacter,
  zeroWidthCharacter,
  bidiControl,
  staleAnalysisDate,
  // Document rules: Chinese typography of the body.
  fullwidthPunctuation,
  fullwidthParentheses,
  cjkLatinSpacing,
  duplicatePunctuation,
  ellipsis,
  // Document rules: employment law.
  discriminatoryRequirement,
  unjustifiedRequirement,
  // Inline directives, judged by the engine after every other rule.
  unusedDisable,
  // Graph rules: references, reporting lines, departments.
  referenceExists,
  duplicateReference,
  selfReport,
  reportingCycle,
  unreachableRole,
  reportsBothWays,
  singleRoot,
  levelOrder,
  careerLevelOrder,
  experienceLevelOrder,
  departmentCycle,
  departmentHeadMember,
  crossDepartmentSuperior,
  spanOfControl,
  departmentHeadcount,
];
