using System.ComponentModel.DataAnnotations;

namespace Platform.Gateway.Endpoints.Common;

/// <summary>An id the API hands out (withdrawal, card, device, message, verification…): 1-64 of A-Z a-z 0-9 - _ . :</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class IdentifierAttribute() : RegularExpressionAttribute("^[A-Za-z0-9._:-]{1,64}$")
{
    public override string FormatErrorMessage(string name) => "must be 1-64 letters, digits or - _ . :";
}
