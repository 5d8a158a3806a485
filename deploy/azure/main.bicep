// GutSkin on Azure: a Linux App Service (the bot's web host), an Azure Bot registration with the Direct Line, Web Chat
// and Microsoft Teams channels, a Key Vault holding every secret (the web app reads them through Key Vault references),
// Application Insights for metrics and traces, and optionally PostgreSQL. Deploy into an existing resource group:
//   az deployment group create -g <rg> -f deploy/azure/main.bicep -p @deploy/azure/main.parameters.json
// See deploy/README.md for the whole sequence (app registration, publish, Direct Line secret, Teams package).

targetScope = 'resourceGroup'

@description('Prefix for resource names: letters, digits and hyphens (used in lower case, as PostgreSQL and Key Vault require). The web app and the bot get a unique suffix because both names are global.')
@minLength(3)
@maxLength(24)
param baseName string = 'gutskin'

@description('Region of the App Service plan and web app. The Azure Bot resource itself is always global.')
param location string = resourceGroup().location

@description('How the bot authenticates to the Bot Framework. SingleTenant: an Entra app registration with a client secret. UserAssignedMSI: a managed identity created here (no secret; works only inside Azure). New MultiTenant bots are no longer supported by Azure Bot Service.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string = 'SingleTenant'

@description('SingleTenant only: the Entra app registration\'s Application (client) ID. Ignored for UserAssignedMSI.')
param microsoftAppId string = ''

@description('SingleTenant only: the app registration\'s client secret, or a Key Vault reference such as @Microsoft.KeyVault(VaultName=kv;SecretName=bot-secret).')
@secure()
param microsoftAppPassword string = ''

@description('The Entra tenant of the app registration (or of the managed identity).')
param microsoftAppTenantId string = tenant().tenantId

@description('Azure Bot pricing tier. F0 is free (premium channels capped); S1 is paid, for production traffic.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU (Linux). B1 is the smallest tier with Always On; P0v3 or above for production.')
param appServicePlanSku string = 'B1'

@description('Optional connection string of an existing PostgreSQL database (Npgsql form), e.g. Host=myserver.postgres.database.azure.com;Database=gutskin;Username=gutskin;Password=...;SSL Mode=Require. Ignored when createPostgres is true.')
@secure()
param storageConnectionString string = ''

@description('Create an Azure Database for PostgreSQL flexible server (Burstable B1ms) with a gutskin database and use it for storage. Recommended: without PostgreSQL the bot keeps SQLite on /home, a network share on which SQLite locking is known to fail (see README, "Data").')
param createPostgres bool = false

@description('createPostgres only: the administrator password of the new server (8-128 characters, three of: upper case, lower case, digits, symbols).')
@secure()
param postgresAdminPassword string = ''

@description('The Direct Line channel\'s secret key (Azure Bot > Channels > Direct Line > Default Site). Empty on the first deployment, because the channel is created by it; set it afterwards (README step 6).')
@secure()
param directLineSecret string = ''

@description('The site origin allowed to embed the web chat and ask for Direct Line tokens, e.g. https://www.example.com')
param webChatAllowedOrigin string = 'https://www.example.com'

@description('The key for the leads export and the staff dashboard (at least 24 characters); empty switches both off. Stored in Key Vault.')
@secure()
param adminApiKey string = ''

@description('Email confirmation (double opt-in): the SMTP server; empty leaves the step off and stores leads at once.')
param smtpHost string = ''

@description('Email confirmation: the SMTP port (587 with StartTls, 465 with SslOnConnect).')
param smtpPort int = 587

@description('Email confirmation: the SMTP login (empty when the server needs none).')
param smtpUserName string = ''

@description('Email confirmation: the SMTP password. Stored in Key Vault.')
@secure()
param smtpPassword string = ''

@description('Email confirmation: the sender with the brand\'s name, e.g. Life Greens <hello@brand.example>.')
param emailFrom string = ''

@description('Email confirmation: 32+ random characters that sign the links, the same on every instance. Stored in Key Vault.')
@secure()
param emailLinkSigningKey string = ''

@description('Create Application Insights (on a Log Analytics workspace) and send the bot\'s metrics and traces to it.')
param enableMonitoring bool = true

@description('Days Log Analytics keeps the metrics and traces.')
@minValue(30)
@maxValue(730)
param telemetryRetentionDays int = 30

@description('Days a lead is kept after its last update; 0 keeps leads until the visitor asks to be deleted. Agree it with whoever owns the data (deploy/README.md, "Data and retention").')
@minValue(0)
@maxValue(3650)
param leadRetentionDays int = 0

@description('Days the per-turn analytics rows (no personal data) behind the staff dashboard are kept; 0 keeps them.')
@minValue(0)
@maxValue(3650)
param eventRetentionDays int = 395

@description('Days a signup waiting for its e-mail confirmation (double opt-in) is kept; an address nobody confirmed is then deleted. At least the link lifetime (Email__LinkLifetimeHours, 48 by default).')
@minValue(1)
@maxValue(3650)
param unconfirmedSignupRetentionDays int = 7

@description('Days a conversation\'s state (a signup left unfinished included) is kept after its last write; 0 keeps it until the visitor asks.')
@minValue(0)
@maxValue(3650)
param conversationRetentionDays int = 30

@description('Days an unanswered question (redacted) is kept for content staff; 0 keeps them until the visitor asks.')
@minValue(0)
@maxValue(3650)
param unansweredRetentionDays int = 180

@description('Create or update the Direct Line, Web Chat and Teams channels. Pass false on later deployments to leave the channels, and so the Direct Line keys that the web app uses, untouched.')
param configureChannels bool = true

@description('Optional container image instead of the code deployment, e.g. myregistry.azurecr.io/gutskin-bot:1.0.0 (built from deploy/Dockerfile). The web app pulls it with its system-assigned identity: give that identity AcrPull on the registry.')
param containerImage string = ''

var suffix = uniqueString(resourceGroup().id, baseName)
var name = toLower(baseName)
var appName = '${name}-${suffix}'
var botName = '${name}-bot-${suffix}'
// 3-24 characters, a letter first, no consecutive hyphens: 'kv' and the 13-character suffix always fit.
var keyVaultName = 'kv${suffix}'
var useMsi = appType == 'UserAssignedMSI'
var useContainer = !empty(containerImage)
var messagingEndpoint = 'https://${appName}.azurewebsites.net/api/messages'
var botAppId = useMsi ? botIdentity!.properties.clientId : microsoftAppId
var postgresAdmin = 'gutskin'
var postgresDatabase = 'gutskin'

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useMsi) {
  name: '${name}-bot-identity'
  location: location
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = if (createPostgres) {
  name: '${name}-pg-${suffix}'
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdmin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }

  resource database 'databases' = {
    name: postgresDatabase
  }

  // 0.0.0.0 is Azure's convention for "connections from Azure services", which includes this web app.
  resource allowAzure 'firewallRules' = {
    name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
    properties: {
      startIpAddress: '0.0.0.0'
      endIpAddress: '0.0.0.0'
    }
  }
}

var usesPostgres = createPostgres || !empty(storageConnectionString)
var connectionString = createPostgres
  ? 'Host=${postgres!.properties.fullyQualifiedDomainName};Database=${postgresDatabase};Username=${postgresAdmin};Password=${postgresAdminPassword};SSL Mode=Require;Maximum Pool Size=8'
  : storageConnectionString

// Every secret lives here; the web app's settings only point at it, so reading the app's configuration reveals none.
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!useMsi && !empty(microsoftAppPassword)) {
  parent: vault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
  }
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (usesPostgres) {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: connectionString
  }
}

resource directLineSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(directLineSecret)) {
  parent: vault
  name: 'direct-line-secret'
  properties: {
    value: directLineSecret
  }
}

resource adminKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(adminApiKey)) {
  parent: vault
  name: 'admin-api-key'
  properties: {
    value: adminApiKey
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpHost) && !empty(smtpPassword)) {
  parent: vault
  name: 'smtp-password'
  properties: {
    value: smtpPassword
  }
}

resource linkSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpHost)) {
  parent: vault
  name: 'email-link-signing-key'
  properties: {
    value: emailLinkSigningKey
  }
}

// Latest version of a secret, so that rotating it in the vault needs no redeployment (App Service re-reads within 24 h,
// or at once on a restart).
func vaultReference(vaultName string, secretName string) string => '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secretName})'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = if (enableMonitoring) {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: telemetryRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = if (enableMonitoring) {
  name: '${name}-insights-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true // Linux
  }
}

// Code deployment: the published app and knowledge/ sit under /home/site/wwwroot (README step 4).
// Container deployment: the image's own /app/knowledge, listening on 8080.
var runtimeSettings = useContainer
  ? [
      { name: 'WEBSITES_PORT', value: '8080' }
      { name: 'Knowledge__Directory', value: '/app/knowledge' }
      // /home is the App Service's persistent share; keep it mounted in the container for /home/data.
      { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
    ]
  : [
      { name: 'Knowledge__Directory', value: '/home/site/wwwroot/knowledge' }
    ]

var botSettings = [
  { name: 'MicrosoftAppType', value: appType }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
  // Empty for UserAssignedMSI: the SDK then asks the managed identity for tokens.
  { name: 'MicrosoftAppPassword', value: useMsi || empty(microsoftAppPassword) ? '' : vaultReference(vault.name, appPasswordSecret.name) }
]

// With a connection string every store is in PostgreSQL and Storage__DataDirectory is unused. Without one the bot
// keeps SQLite in /home/data: /home survives restarts and redeployments, but it is an SMB share (see README, "Data").
var storageSettings = concat(
  [
    { name: 'Storage__DataDirectory', value: '/home/data' }
  ],
  !usesPostgres ? [] : [{ name: 'Storage__ConnectionString', value: vaultReference(vault.name, connectionStringSecret.name) }],
  leadRetentionDays > 0 ? [{ name: 'Storage__LeadRetentionDays', value: string(leadRetentionDays) }] : [],
  eventRetentionDays > 0 ? [{ name: 'Storage__EventRetentionDays', value: string(eventRetentionDays) }] : [],
  [{ name: 'Storage__UnconfirmedSignupRetentionDays', value: string(unconfirmedSignupRetentionDays) }],
  // These two default to a period in the bot itself: an empty value is what keeps them.
  [{ name: 'Storage__ConversationRetentionDays', value: conversationRetentionDays > 0 ? string(conversationRetentionDays) : '' }],
  [{ name: 'Storage__UnansweredRetentionDays', value: unansweredRetentionDays > 0 ? string(unansweredRetentionDays) : '' }]
)

var webChatSettings = [
  { name: 'WebChat__DirectLineSecret', value: empty(directLineSecret) ? '' : vaultReference(vault.name, directLineSecretSecret.name) }
  { name: 'WebChat__AllowedOrigins__0', value: webChatAllowedOrigin }
]

// The confirmation links point at the web app itself.
var emailSettings = empty(smtpHost) ? [] : concat(
  [
    { name: 'Email__SmtpHost', value: smtpHost }
    { name: 'Email__SmtpPort', value: string(smtpPort) }
    { name: 'Email__From', value: emailFrom }
    { name: 'Email__PublicBaseUrl', value: 'https://${appName}.azurewebsites.net' }
    { name: 'Email__LinkSigningKey', value: vaultReference(vault.name, linkSigningKeySecret.name) }
  ],
  empty(smtpUserName) ? [] : [{ name: 'Email__UserName', value: smtpUserName }],
  empty(smtpPassword) ? [] : [{ name: 'Email__Password', value: vaultReference(vault.name, smtpPasswordSecret.name) }]
)

var adminSettings = empty(adminApiKey) ? [] : [{ name: 'Admin__ApiKey', value: vaultReference(vault.name, adminKeySecret.name) }]

// Not a secret (Microsoft's guidance): it only says where to send telemetry.
var monitoringSettings = enableMonitoring ? [{ name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights!.properties.ConnectionString }] : []

// The system-assigned identity reads the Key Vault references (and pulls the container image).
var identityType = useMsi ? 'SystemAssigned, UserAssigned' : 'SystemAssigned'

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: useContainer ? 'app,linux,container' : 'app,linux'
  identity: {
    type: identityType
    userAssignedIdentities: useMsi ? { '${botIdentity.id}': {} } : null
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: useContainer ? 'DOCKER|${containerImage}' : 'DOTNETCORE|10.0'
      appCommandLine: useContainer ? '' : 'dotnet GutSkin.Bot.dll'
      acrUseManagedIdentityCreds: useContainer
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(runtimeSettings, botSettings, storageSettings, webChatSettings, emailSettings, adminSettings, monitoringSettings)
    }
  }
}

var keyVaultSecretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, app.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'GutSkin'
    description: 'Answers gut health and skin questions: general information, not medical advice.'
    endpoint: messagingEndpoint
    msaAppId: botAppId
    msaAppType: appType
    msaAppTenantId: microsoftAppTenantId
    msaAppMSIResourceId: useMsi ? botIdentity.id : null
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: false
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = if (configureChannels) {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // The secret never reaches the browser: the bot's /api/directline/token exchanges it for a per-conversation
          // token bound to a "dl_" user id. That also suits enhanced authentication, which can be switched on later
          // in the portal together with trusted origins; it is left off so a first deployment works as is.
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = if (configureChannels) {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = if (configureChannels) {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      enableCalling: false
    }
  }
}

@description('The web app\'s name, for az webapp deploy / az webapp log tail.')
output webAppName string = app.name

@description('The web app\'s address.')
output webAppUrl string = 'https://${app.properties.defaultHostName}'

@description('The Azure Bot resource\'s name, for az bot directline show.')
output botName string = bot.name

@description('The messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = messagingEndpoint

@description('The bot\'s Microsoft App ID: the BOT_ID for deploy/teams/package.sh.')
output botAppId string = botAppId

@description('The PostgreSQL server created by createPostgres, if any.')
output postgresServer string = createPostgres ? postgres!.properties.fullyQualifiedDomainName : ''

@description('The web app\'s system-assigned identity: reads the Key Vault secrets; for container deployments, give it AcrPull on the registry.')
output webAppPrincipalId string = app.identity.principalId

@description('The Key Vault holding the secrets, for rotating them (az keyvault secret set).')
output keyVaultName string = vault.name

@description('The Application Insights resource, if monitoring is on.')
output applicationInsightsName string = enableMonitoring ? insights!.name : ''
