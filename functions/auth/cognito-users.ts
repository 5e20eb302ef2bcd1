/**
 * Deletes a Cognito user (an erased account), by `sub`: Cognito takes the sub as the username of
 * a local user. The SDK loads only when this runs, so no other function carries it. A user that
 * is already gone is fine (an erasure asked again).
 */
export async function deleteCognitoUser(region: string, userPoolId: string, sub: string): Promise<void> {
  const { CognitoIdentityProviderClient, AdminDeleteUserCommand } = await import(
    '@aws-sdk/client-cognito-identity-provider'
  );
  const client = new CognitoIdentityProviderClient({ region });
  try {
    await client.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: sub }));
  } catch (error) {
    if (!(error instanceof Error && error.name === 'UserNotFoundException')) throw error;
  }
}
