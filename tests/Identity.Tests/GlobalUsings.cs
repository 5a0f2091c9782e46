global using IdentityClient = Platform.Contracts.Identity.V1.Identity.IdentityClient;
