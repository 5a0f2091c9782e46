using Platform.Contracts.Identity.V1;
using Platform.Contracts.Risk.V1;

namespace Platform.Risk.Domain;

/// <summary>The outcome of scoring one request: the decision, the score, why, and the factors required.</summary>
public sealed record RiskEvaluation(
    Decision Decision, double Score, IReadOnlyList<ReasonCode> Reasons, IReadOnlyList<Factor> RequiredFactors, string RulesVersion);
