/**
 * Generated from the API's OpenAPI document (functions/, zod schemas). Do not edit:
 * change the routes or schemas and run `npm run gen:api`.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The API is up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Local sign-in (the local identity provider only; on AWS the site signs in with Cognito) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginRequest"];
                };
            };
            responses: {
                /** @description Tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginResponse"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong email or password */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fresh tokens for a refresh token, and the next refresh token (local identity provider; Cognito's token endpoint on AWS). Each refresh token works once; one used again ends its sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RefreshRequest"];
                };
            };
            responses: {
                /** @description Tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginResponse"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, used, expired or revoked refresh token: sign in again */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs a device out: its refresh token stops working (Cognito's revoke endpoint on AWS) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RefreshRequest"];
                };
            };
            responses: {
                /** @description Signed out (also for a token that was not valid) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OAuth 2 client credentials for a shop's systems (local identity provider; Cognito's token endpoint on AWS). Client id and secret in HTTP Basic (or client_id / client_secret in the body) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
                };
            };
            responses: {
                /** @description An access token with the granted scopes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenResponse"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown client or wrong secret */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys of the local identity provider */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JWKS */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer's profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Profile with derived tier, stage and greeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Erase my account: personal data gone, orders kept without it, sign-in removed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ErasureRequest"];
                };
            };
            responses: {
                /** @description Erased; the account cannot sign in any more */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not confirmed: wrong password, or (on AWS) no sign-in within the last five minutes */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change name, language, preferences or special dates */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProfilePatch"];
                };
            };
            responses: {
                /** @description The updated profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything stored about me, as one JSON download */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Account, profile, orders, tickets and chats */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataExport"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own orders, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of orders */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderList"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Guest order status by order number and email */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GuestLookup"];
                };
            };
            responses: {
                /** @description The order status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GuestOrder"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No order matches that number and email */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One own order with its timeline */
        get: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderDetail"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order for this customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderNumber}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order that has not shipped, with an optional reason; repeating it changes nothing */
        post: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CancelRequest"];
                };
            };
            responses: {
                /** @description The cancelled order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CancelResult"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order for this customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The order can no longer be cancelled; `detail` says why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderNumber}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return items of a delivered order inside the return window; the same request again changes nothing */
        post: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReturnRequest"];
                };
            };
            responses: {
                /** @description The same return, asked for before */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReturnResult"];
                    };
                };
                /** @description The return authorisation with its label page */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReturnResult"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order for this customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not delivered, outside the window, not returnable or already returned; `detail` says why, in the customer's language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderNumber}/returns/{rmaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A return with its label: addresses and the RMA's QR code */
        get: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path: {
                    orderNumber: string;
                    rmaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The return label */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReturnLabel"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order for this customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderNumber}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as a PDF, in the customer's language (the first download issues it) */
        get: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order for this customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not paid yet, or cancelled; `detail` says why, in the customer's language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderNumber}/invoice/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Company name and VAT id for the invoice, before its first download */
        put: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvoiceDetails"];
                };
            };
            responses: {
                /** @description What the invoice will say */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceDetails"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order for this customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The invoice is already issued, or there is none; `detail` says why, in the customer's language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderNumber}/address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the delivery address while the order is not packed */
        patch: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddressPatch"];
                };
            };
            responses: {
                /** @description The order with its new address */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderDetail"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order for this customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already packed, shipped or closed; `detail` says why, in the customer's language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/orders/{orderNumber}/problems/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An upload slot for a photo of a problem (JPEG, PNG or WebP, up to 5 MB): the form posts it straight to storage (a presigned POST on AWS) */
        post: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PhotoUploadRequest"];
                };
            };
            responses: {
                /** @description The photo id and the upload form */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhotoUpload"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order for this customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many photos for this order; `detail` says why, in the customer's language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderNumber}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a problem with an item: opens a ticket with the order attached */
        post: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProblemReport"];
                };
            };
            responses: {
                /** @description The same report, sent before */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProblemResult"];
                    };
                };
                /** @description The ticket opened */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProblemResult"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order for this customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/nps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How likely are you to recommend us (0-10)? Once per customer per day */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Nps"];
                };
            };
            responses: {
                /** @description Thank you */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            recorded: true;
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already answered today */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/help-visits/{visit}/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The site tells that a help visit (a tab's random id) opened a ticket: deflection counts it once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    visit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Noted (also when the visit is unknown or too old) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            recorded: true;
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My support tickets (from chat handoffs) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tickets, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tickets: components["schemas"]["CustomerTicket"][];
                        };
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/nps/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page a survey link opens (no sign-in): the 0-10 question, the score from the link chosen */
        get: {
            parameters: {
                query: {
                    /** @description The signed token of the survey link */
                    token: string;
                    /** @description The score the link chose */
                    score?: number | null;
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The question, or a note that the order was answered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The link is not valid or expired */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** A survey link's answer: 0-10 and an optional why; the first answer for the order counts */
        post: {
            parameters: {
                query: {
                    /** @description The signed token of the survey link */
                    token: string;
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        score: number | null;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Thank you */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The link is not valid or expired */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description The order was already answered */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/nps/orders/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The NPS question of one of my orders: open from a few days after delivery until it's answered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description open: show the question on the order page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NpsInvitationState"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page an unsubscribe link opens: asks before it turns order updates off */
        get: {
            parameters: {
                query: {
                    /** @description The signed token of the link in the message */
                    token: string;
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The confirmation page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The link is not valid */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Turn order-update messages off (the page, and one-click List-Unsubscribe-Post) */
        post: {
            parameters: {
                query: {
                    /** @description The signed token of the link in the message */
                    token: string;
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The link is not valid */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my tickets with its conversation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerConversation"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tickets/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the agent on my ticket */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketCustomerReply"];
                };
            };
            responses: {
                /** @description My message */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerTicketMessage"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The ticket is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tickets/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the help on a solved ticket (CSAT 1-5), once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketRating"];
                };
            };
            responses: {
                /** @description Rated */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            score: number;
                            comment?: string;
                            at: string;
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not solved yet, or already rated */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/guest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A guest's ticket through the signed link of the reply mail */
        get: {
            parameters: {
                query: {
                    /** @description The signed token of the link in the reply mail */
                    t: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerConversation"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The link is not valid or has expired */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/guest/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A guest answers through the signed link */
        post: {
            parameters: {
                query: {
                    /** @description The signed token of the link in the reply mail */
                    t: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketCustomerReply"];
                };
            };
            responses: {
                /** @description The message */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerTicketMessage"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The link is not valid or has expired */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The ticket is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personal notes the shop’s staff wrote to the caller, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Notes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyNotes"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faq/revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The content revision: send it as `rev` with the other FAQ reads (their cache key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revision; cached for a few seconds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Changes with every publish and category change */
                            rev: string;
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faq/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search published articles (typo-tolerant, language-aware) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                    category?: string;
                    limit?: number;
                    source?: "person" | "portal";
                    visit?: string;
                    tally?: "server" | "report";
                    /** @description Content revision from GET /faq/revision (cache key only) */
                    rev?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ranked results with highlighted snippets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchResults"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faq/searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a person's searches answered from a cache (`tally=report`), so the search insights count them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SearchReport"];
                };
            };
            responses: {
                /** @description Counted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recorded: number;
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faq/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Type-ahead suggestions */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                    /** @description Content revision from GET /faq/revision (cache key only) */
                    rev?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Question suggestions, each with the article it opens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Suggestions"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faq/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categories with article counts */
        get: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                    /** @description Content revision from GET /faq/revision (cache key only) */
                    rev?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Categories */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: {
                                category: string;
                                count: number;
                                /** @description The category's name in the requested locale */
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faq/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published article; English when the locale has none */
        get: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                    /** @description Content revision from GET /faq/revision (cache key only) */
                    rev?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The article, answer as sanitised HTML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Article"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faq/articles/{slug}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Was this helpful? */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ArticleFeedback"];
                };
            };
            responses: {
                /** @description Thank you */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            recorded: true;
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One chat turn; send the returned sessionId with the next message. A bearer token is optional. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChatRequest"];
                };
            };
            responses: {
                /** @description The bot's answer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChatResponse"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Another turn of this session was handled at the same time */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/{sessionId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the conversation (CSAT 1-5), once; a signed-in customer's conversation only by them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChatRating"];
                };
            };
            responses: {
                /** @description Thank you */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            recorded: true;
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such conversation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already rated */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bulk upsert by (slug, locale); bad rows are reported, the rest applied */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImportBody"];
                };
            };
            responses: {
                /** @description Per-row report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every article as import rows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            slug: string;
                            /**
                             * @description UI and content language
                             * @enum {string}
                             */
                            locale: "en" | "de" | "vi" | "zh";
                            question: string;
                            answer: string;
                            /** @default general */
                            category: string;
                            /** @default [] */
                            tags: string[];
                            /**
                             * @default draft
                             * @enum {string}
                             */
                            status: "draft" | "published";
                        }[];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/synonyms/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search synonyms of a locale */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Synonym groups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Synonyms"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace the synonyms of a locale (search uses them at once) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Synonyms"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Synonyms"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render markdown exactly as customers will see it
         * @description Markdown beyond the answer limits (size, nesting, emphasis markup) is a 400 naming `markdown`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PreviewRequest"];
                };
            };
            responses: {
                /** @description Sanitised HTML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            html: string;
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/answer-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The answer limits the editor shows (MAX_ANSWER_CHARS, MAX_ANSWER_NESTING) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Limits */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnswerLimits"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The help centre categories with their names per locale and article counts (ETag: the list version) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Categories */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FaqCategories"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace the category list (rename, add, reorder, remove an unused one). Needs If-Match. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FaqCategoriesBody"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FaqCategories"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A removed category is still used by articles */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you loaded it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All articles, drafts included */
        get: {
            parameters: {
                query?: {
                    /** @description UI and content language */
                    locale?: "en" | "de" | "vi" | "zh";
                    status?: "draft" | "published";
                    category?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Articles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articles: components["schemas"]["AdminArticle"][];
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ArticleCreate"];
                };
            };
            responses: {
                /** @description The draft (ETag: its version) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminArticle"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The slug exists in that locale */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/{slug}/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article (ETag: its version) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The article */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminArticle"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Save an edit; needs If-Match */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version (ETag) you edited */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ArticleUpdate"];
                };
            };
            responses: {
                /** @description The saved article */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminArticle"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Someone saved first; `current` holds their version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete (history is kept) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version (ETag) you edited */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you loaded it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/{slug}/{locale}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the current version */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version (ETag) you edited */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The article */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminArticle"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you loaded it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/{slug}/{locale}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take it off the site */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version (ETag) you edited */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The article */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminArticle"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you loaded it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/{slug}/{locale}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            versions: components["schemas"]["ArticleVersion"][];
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/{slug}/{locale}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleVersion"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/faq/{slug}/{locale}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an old version as a new draft version */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version (ETag) you edited */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The restored article */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminArticle"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such article */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you loaded it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Searches (top, zero-result), article votes, bot intents and fallbacks, handoffs, NPS, CSAT */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Aggregates over the last `days` days */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Insights"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/insights/relationship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers, churn, tenure, cohort retention, order and lifetime value, exit reasons, NPS, CSAT, resolution */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Figures at this moment, from aggregates kept as orders and answers arrive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RelationshipInsights"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/insights/relationship/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers to act on: at risk with their value, lapsed and not contacted in 90 days (no Scan) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Most spend first; `method` says how each list is drawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerActionLists"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The queue: breached first, then oldest first; filters and counts per view */
        get: {
            parameters: {
                query?: {
                    /** @description One status; new, open and waiting when left out */
                    status?: "new" | "open" | "waiting" | "solved" | "closed";
                    /** @description UI and content language */
                    language?: "en" | "de" | "vi" | "zh";
                    priority?: "low" | "normal" | "high" | "urgent";
                    /** @description A staff email, `me` or `unassigned` */
                    assignee?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tickets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketQueue"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the agents or admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ticket: transcript, conversation with internal notes, SLA, the customer's picture (ETag: its version) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ticket */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the agents or admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change status, priority or assignee (`me` assigns to the caller); If-Match refuses a stale change */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketPatch"];
                };
            };
            responses: {
                /** @description The ticket head */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketRow"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the agents or admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The ticket changed since that version: `current` and `changes` say how */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/saved-replies/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved replies (canned responses) of a locale */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Saved replies */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedReplies"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the agents or admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace a locale's saved replies; needs If-Match with the version you edited */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    /** @description UI and content language */
                    locale: "en" | "de" | "vi" | "zh";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SavedRepliesInput"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedReplies"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the agents or admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Someone saved these replies since you loaded them */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/named-agents/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Dedicated assistance: name the staff member a customer's tickets go to first (null removes it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    email: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NamedAgentInput"];
                };
            };
            responses: {
                /** @description Named */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NamedAgent"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tickets/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the customer (they get a message) or add an internal note (`internal: true`) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketReply"];
                };
            };
            responses: {
                /** @description The message as stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketMessage"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the agents or admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The conversation is full */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every message the portal sent or will send, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of messages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxList"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find customers by email, order number or name (agents and admins) */
        get: {
            parameters: {
                query: {
                    /** @description An email, an order number or words of a name */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description At most 20 customers, exact matches first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerSearch"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the agents or the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer's whole picture: profile, tier, stage, orders with timelines, tickets, chats, NPS and CSAT given, messages sent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The customer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerPicture"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the agents or the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a short personal note to a customer (Markdown, sanitised); they see it on their profile */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewPersonalNote"];
                };
            };
            responses: {
                /** @description The note, as the customer will see it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonalNote"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the agents or the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such customer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/backfill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Backfill past orders (up to 100 rows a request): each row is created, updated, unchanged or reported with its errors; the same rows again change nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BackfillBody"];
                };
            };
            responses: {
                /** @description Per-row report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BackfillReport"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/bot/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rule file the bot answers with (ETag: its version) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BotRules"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace the rule file (validated first; a bad file is refused and the old rules keep working). Needs If-Match. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BotRules"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you loaded it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/bot/rules/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved version of the rule file, newest first (who saved it, when, what it restored) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description History */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BotRulesHistory"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/bot/rules/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the rule file, whole (0 is the built-in file) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: number | null;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description That version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BotRules"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/bot/rules/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put an earlier version back, saved as a new version (checked first). Needs If-Match with the current version. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BotRulesRestore"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BotRules"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you loaded it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/bot/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a message would match and why: per-intent scores, matched patterns, examples, entities */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BotTestRequest"];
                };
            };
            responses: {
                /** @description The decision, explained */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BotExplanation"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not in the admins group */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{orderNumber}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived link to a photo of an order's problem report (the ticket view shows it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                    photoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Where the browser may load the photo from */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhotoLink"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such photo for this order */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tickets/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The photos of a ticket's problem report, each with a short-lived link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The photos (none for a ticket without a problem report) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TicketPhotos"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ticket */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/orders/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace an order (scope orders/write); the same body twice changes nothing */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeedOrder"];
                };
            };
            responses: {
                /** @description Replaced, or unchanged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedResult"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedResult"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token is not a client-credentials token with scope orders/write */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many writers at once; try again */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/orders/{orderNumber}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Append a status event (scope orders/write): the same eventId twice changes nothing; the order ends in the state of the latest `at` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeedEvent"];
                };
            };
            responses: {
                /** @description Applied, or already applied */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedResult"];
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing, expired or invalid access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token is not a client-credentials token with scope orders/write */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order: put it first */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many events on the order, or too many writers at once */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/shopify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shopify's order and fulfillment webhooks, verified by X-Shopify-Hmac-Sha256 over the raw body; a delivery id seen before is acknowledged and ignored */
        post: {
            parameters: {
                query?: never;
                header: {
                    "x-shopify-topic": string;
                    "x-shopify-webhook-id": string;
                    "x-shopify-hmac-sha256"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Acknowledged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "applied" | "duplicate" | "ignored";
                        };
                    };
                };
                /** @description The request is malformed or fails validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or wrong signature: nothing was written */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LoginResponse: {
            idToken: string;
            accessToken: string;
            expiresIn: number;
            /** @description Works once: POST /api/auth/refresh answers with fresh tokens and the next refresh token */
            refreshToken?: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            requestId?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        LoginRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        RefreshRequest: {
            refreshToken: string;
        };
        TokenResponse: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_in: number;
            scope: string;
        };
        TokenRequest: {
            grant_type: string;
            scope?: string;
            client_id?: string;
            client_secret?: string;
        };
        Profile: {
            customerId: string;
            email: string;
            name: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale: "en" | "de" | "vi" | "zh";
            preferences: components["schemas"]["Preferences"];
            specialDates: components["schemas"]["SpecialDate"][];
            defaultAddress?: components["schemas"]["PostalAddress"];
            customerSince: string;
            /** @enum {string} */
            tier: "bronze" | "silver" | "gold" | "platinum";
            /** @enum {string} */
            stage: "prospect" | "new" | "active" | "loyal" | "at_risk" | "lapsed";
            stats: {
                orderCount: number;
                spentLast12MonthsCents: number;
                lastOrderAt?: string;
            };
            /** @description Greeting in the customer's language, with today's occasion if any */
            greeting: string;
            occasionsToday: components["schemas"]["SpecialDate"][];
            openOrders: number;
        };
        Preferences: {
            newsletter: boolean;
            /** @enum {string} */
            contactChannel: "email" | "sms" | "none";
            orderUpdates: boolean;
        };
        SpecialDate: {
            /** @enum {string} */
            kind: "birthday" | "anniversary" | "other";
            date: string;
            label?: string;
        };
        PostalAddress: {
            name: string;
            line1: string;
            postalCode: string;
            city: string;
            country: string;
        };
        ProfilePatch: {
            name?: string;
            /**
             * @description The account language: mail, the bot and every device the customer signs in on follow it
             * @enum {string}
             */
            locale?: "en" | "de" | "vi" | "zh";
            /** @description null forgets it */
            defaultAddress?: {
                name: string;
                line1: string;
                postalCode: string;
                city: string;
                country: string;
            } | null;
            preferences?: {
                newsletter?: boolean;
                /** @enum {string} */
                contactChannel?: "email" | "sms" | "none";
                orderUpdates?: boolean;
            };
            specialDates?: components["schemas"]["SpecialDate"][];
        };
        DataExport: {
            exportedAt: string;
            account: {
                email: string;
                customerId: string;
                groups: string[];
            };
            profile: {
                [key: string]: unknown;
            } | null;
            orders: {
                [key: string]: unknown;
            }[];
            tickets: {
                [key: string]: unknown;
            }[];
            chats: {
                sessionId: string;
                turns: {
                    [key: string]: unknown;
                }[];
            }[];
        };
        ErasureRequest: {
            /** @description Locally: the password confirms it */
            password?: string;
            /** @enum {string} */
            reason?: "too_expensive" | "not_needed" | "found_alternative" | "bad_experience" | "delivery_problems" | "privacy" | "too_many_messages" | "other";
            comment?: string;
        };
        OrderList: {
            orders: components["schemas"]["OrderSummary"][];
            nextCursor?: string;
        };
        OrderSummary: {
            orderNumber: string;
            /** @enum {string} */
            status: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned";
            /** @description Current status in plain words, customer's language */
            statusText: string;
            placedAt: string;
            /** @description ISO date (YYYY-MM-DD) */
            expectedDelivery?: string;
            deliveredAt?: string;
            tracking?: components["schemas"]["Tracking"];
            itemCount: number;
            totalCents: number;
            currency: string;
        };
        Tracking: {
            carrier: string;
            trackingNumber: string;
            /** Format: uri */
            url?: string;
        };
        GuestOrder: {
            orderNumber: string;
            /** @enum {string} */
            status: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned";
            /** @description Current status in plain words, customer's language */
            statusText: string;
            placedAt: string;
            /** @description ISO date (YYYY-MM-DD) */
            expectedDelivery?: string;
            deliveredAt?: string;
            tracking?: components["schemas"]["Tracking"];
            itemCount: number;
            totalCents: number;
            currency: string;
            items: {
                name: string;
                quantity: number;
            }[];
            timeline: components["schemas"]["TimelineStep"][];
        };
        TimelineStep: components["schemas"]["TimelineEvent"] & {
            /** @description What happened, in the customer's language */
            title: string;
            /** @description What we did for the customer, in plain words */
            description: string;
        };
        TimelineEvent: {
            /**
             * @description An order status, or a return's step (return_requested ... refund_issued) with its rmaId
             * @enum {string}
             */
            status: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned" | "return_requested" | "return_label_issued" | "return_received" | "refund_issued";
            rmaId?: string;
            /** @description ISO 8601 time of the event */
            at: string;
            carrier?: string;
            trackingNumber?: string;
            location?: string;
            note?: string;
        };
        GuestLookup: {
            /** @example #10023 */
            orderNumber: string;
            /** Format: email */
            email: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale?: "en" | "de" | "vi" | "zh";
        };
        OrderDetail: {
            orderNumber: string;
            /** @enum {string} */
            status: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned";
            /** @description Current status in plain words, customer's language */
            statusText: string;
            placedAt: string;
            /** @description ISO date (YYYY-MM-DD) */
            expectedDelivery?: string;
            deliveredAt?: string;
            tracking?: components["schemas"]["Tracking"];
            itemCount: number;
            totalCents: number;
            currency: string;
            items: {
                /** @description Stable within the order (returns name lines by it) */
                lineId?: string;
                sku?: string;
                name: string;
                quantity: number;
                unitPriceCents: number;
                /** @description false when the shop takes no returns of it */
                returnable?: boolean;
                /** @description How many can still go on a return */
                returnableQuantity: number;
            }[];
            shippingAddress?: {
                name: string;
                line1: string;
                postalCode: string;
                city: string;
                country: string;
            };
            timeline: components["schemas"]["TimelineStep"][];
            /** @description What happens next, in order (greyed out on the page) */
            upcoming: components["schemas"]["UpcomingStep"][];
            returns: components["schemas"]["ReturnSummary"][];
            /** @description Once delivered: the return window (RETURN_WINDOW_DAYS) and when it closes */
            returnWindow?: {
                days: number;
                closesAt: string;
                open: boolean;
            };
            actions: components["schemas"]["OrderActions"];
        };
        UpcomingStep: {
            /** @enum {string} */
            status: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned" | "return_requested" | "return_label_issued" | "return_received" | "refund_issued";
            title: string;
            /** @description ISO date (YYYY-MM-DD) */
            expectedDate?: string;
            rmaId?: string;
        };
        ReturnSummary: {
            rmaId: string;
            /** @enum {string} */
            status: "return_requested" | "return_label_issued" | "return_received" | "refund_issued";
            statusText: string;
            items: {
                lineId: string;
                name: string;
                quantity: number;
            }[];
            /** @enum {string} */
            reason: "damaged" | "wrong_item" | "not_as_described" | "does_not_fit" | "changed_mind" | "other";
            reasonText: string;
            /** @enum {string} */
            resolution: "refund" | "exchange";
            createdAt: string;
            /** @description The printable label page of the site */
            labelUrl: string;
        };
        /** @description What the customer can do now; each reason says why not, in their language */
        OrderActions: {
            canCancel: boolean;
            cancelReason?: string;
            canReturn: boolean;
            returnReason?: string;
            canChangeAddress: boolean;
            addressReason?: string;
            canDownloadInvoice: boolean;
            invoiceReason?: string;
        };
        CancelResult: {
            order: components["schemas"]["OrderDetail"];
            /** @description false when it was already cancelled */
            changed: boolean;
        };
        CancelRequest: {
            /**
             * @description Why (optional): counted, never shown with who
             * @enum {string}
             */
            reason?: "changed_mind" | "found_cheaper" | "too_slow" | "ordered_by_mistake" | "too_expensive" | "other";
            comment?: string;
        };
        ReturnResult: {
            rmaId: string;
            /** @enum {string} */
            status: "return_requested" | "return_label_issued" | "return_received" | "refund_issued";
            labelUrl: string;
            /** @description false when the same return was asked for before */
            changed: boolean;
        };
        ReturnRequest: {
            items: {
                lineId: string;
                quantity: number;
            }[];
            /** @enum {string} */
            reason: "damaged" | "wrong_item" | "not_as_described" | "does_not_fit" | "changed_mind" | "other";
            /** @enum {string} */
            resolution: "refund" | "exchange";
            comment?: string;
        };
        ReturnLabel: components["schemas"]["ReturnSummary"] & {
            orderNumber: string;
            /** @description The address lines the parcel goes to */
            returnTo: string[];
            from?: {
                name: string;
                line1: string;
                postalCode: string;
                city: string;
                country: string;
            };
            /** @description The RMA as a QR code, SVG markup */
            qrSvg: string;
        };
        InvoiceDetails: {
            companyName?: string;
            vatId?: string;
        };
        AddressPatch: {
            shippingAddress: components["schemas"]["PostalAddress"];
        };
        PhotoUpload: {
            photoId: string;
            /** @description POST multipart/form-data to `url`: every field, then the photo as `file` */
            upload: {
                url: string;
                fields: {
                    [key: string]: string;
                };
            };
            maxBytes: number;
            expiresAt: string;
        };
        PhotoUploadRequest: {
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "image/webp";
            /** @description Bytes; over PHOTO_MAX_BYTES (5 MB) is refused at once */
            size: number;
        };
        ProblemResult: {
            ticketId: string;
            /** @description false for a repeated report */
            changed: boolean;
        };
        ProblemReport: {
            /** @enum {string} */
            kind: "damaged" | "wrong_item" | "missing_parts";
            description: string;
            /** @description Up to three photos uploaded through POST .../problems/photos */
            photoIds?: string[];
        };
        Nps: {
            score: number;
            comment?: string;
            orderNumber?: string;
        };
        CustomerTicket: {
            id: string;
            /** @enum {string} */
            status: "new" | "open" | "waiting" | "solved" | "closed";
            reason: string;
            orderNumber?: string;
            createdAt: string;
            updatedAt: string;
        };
        NpsInvitationState: {
            orderNumber: string;
            /** @description Due, not answered, link not expired: ask on the order page */
            open: boolean;
            answered: boolean;
            /** @description When the invitation is (was) due; absent without one */
            dueAt?: string;
        };
        CustomerConversation: components["schemas"]["CustomerTicket"] & {
            summary: string;
            lastMessageAt?: string;
            transcript: {
                at: string;
                /** @enum {string} */
                role: "user" | "bot";
                text: string;
            }[];
            messages: components["schemas"]["CustomerTicketMessage"][];
            canReply: boolean;
            canRate: boolean;
            csat?: {
                score: number;
                at: string;
            };
        };
        CustomerTicketMessage: {
            id: string;
            at: string;
            /** @enum {string} */
            author: "customer" | "agent";
            html: string;
        };
        TicketCustomerReply: {
            body: string;
        };
        TicketRating: {
            score: number;
            comment?: string;
        };
        MyNotes: {
            notes: {
                id: string;
                at: string;
                html: string;
            }[];
        };
        SearchResults: {
            results: {
                id: string;
                slug: string;
                /**
                 * @description UI and content language
                 * @enum {string}
                 */
                locale: "en" | "de" | "vi" | "zh";
                question: string;
                snippet: string;
                category: string;
                score: number;
                /**
                 * @description UI and content language
                 * @enum {string}
                 */
                fallbackFrom?: "en" | "de" | "vi" | "zh";
            }[];
            total: number;
        };
        SearchReport: {
            searches: {
                q: string;
                /**
                 * @description UI and content language
                 * @enum {string}
                 */
                locale: "en" | "de" | "vi" | "zh";
                category?: string;
            }[];
            visit?: string;
        };
        Suggestions: {
            suggestions: string[];
            items: {
                question: string;
                slug: string;
                /**
                 * @description UI and content language
                 * @enum {string}
                 */
                locale: "en" | "de" | "vi" | "zh";
            }[];
        };
        Article: {
            slug: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale: "en" | "de" | "vi" | "zh";
            question: string;
            answerHtml: string;
            category: string;
            tags: string[];
            updatedAt: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            fallbackFrom?: "en" | "de" | "vi" | "zh";
            /** @description The translation is older than the English source */
            outdated: boolean;
            related: {
                slug: string;
                question: string;
            }[];
        };
        ArticleFeedback: {
            helpful: boolean;
            comment?: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale?: "en" | "de" | "vi" | "zh";
            /** @enum {string} */
            reason?: "unclear" | "outdated" | "incomplete" | "not_my_question" | "other";
        };
        ChatResponse: {
            sessionId: string;
            /**
             * @description The intent the bot recognised: an intent id of the current rule file, or `fallback` when it did not understand. The bundled rules define: `greeting`, `goodbye`, `thanks`, `small_talk`, `order_status`, `cancel_order`, `change_order`, `returns_refund`, `shipping_delivery`, `shipping_address`, `payment_issue`, `invoice_billing`, `account_password`, `human_handoff`, `complaint_feedback`, `newsletter`, `faq`, `fallback`.
             * @example order_status
             */
            intent: string;
            confidence: number;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale: "en" | "de" | "vi" | "zh";
            replies: components["schemas"]["ChatReply"][];
            handoff?: {
                ticketId: string;
            };
        };
        ChatReply: {
            /** @enum {string} */
            type: "text";
            text: string;
        } | {
            /** @enum {string} */
            type: "link";
            text: string;
            url: string;
        } | {
            /** @enum {string} */
            type: "choices";
            text: string;
            choices: {
                label: string;
                value: string;
            }[];
        } | {
            /** @enum {string} */
            type: "order";
            order: {
                orderNumber: string;
                status: string;
                placedAt: string;
                statusText: string;
                expectedDelivery?: string;
                trackingUrl?: string;
                carrier?: string;
                trackingNumber?: string;
            };
        };
        ChatRequest: {
            message: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale?: "en" | "de" | "vi" | "zh";
            sessionId?: string;
        };
        ChatRating: {
            score: number;
            comment?: string;
        };
        ImportReport: {
            created: number;
            updated: number;
            unchanged: number;
            failed: number;
            rows: {
                index: number;
                slug?: string;
                locale?: string;
                /** @enum {string} */
                result: "created" | "updated" | "unchanged" | "error";
                ignoredFields?: string[];
                errors?: {
                    field: string;
                    message: string;
                }[];
            }[];
        };
        /** @description Rows: { slug, locale, question, answer, category, tags, status } */
        ImportBody: unknown[];
        Synonyms: {
            groups: string[][];
        };
        PreviewRequest: {
            markdown: string;
        };
        AnswerLimits: {
            /** @description Longest answer, in characters (UTF-16 code units) */
            maxChars: number;
            /** @description Deepest nesting of quotes and lists */
            maxNesting: number;
        };
        FaqCategories: {
            version: number;
            categories: (components["schemas"]["FaqCategory"] & {
                articles: number;
            })[];
            /** @description Category ids articles use that the list does not name yet */
            unlisted: {
                id: string;
                articles: number;
            }[];
        };
        FaqCategory: {
            /** @example shipping */
            id: string;
            names: {
                en: string;
                de: string;
                vi: string;
                zh: string;
            };
        };
        FaqCategoriesBody: {
            categories: components["schemas"]["FaqCategory"][];
        };
        AdminArticle: {
            slug: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale: "en" | "de" | "vi" | "zh";
            question: string;
            answer: string;
            category: string;
            tags: string[];
            version: number;
            /** @enum {string} */
            status: "draft" | "published";
            hasUnpublishedChanges: boolean;
            publishedVersion?: number;
            updatedAt: string;
            updatedBy: string;
        };
        ArticleCreate: {
            question: string;
            answer: string;
            category: string;
            /** @default [] */
            tags: string[];
            slug: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale: "en" | "de" | "vi" | "zh";
        };
        ArticleUpdate: {
            question: string;
            answer: string;
            category: string;
            /** @default [] */
            tags: string[];
        };
        ArticleVersion: {
            version: number;
            /** @enum {string} */
            action: "create" | "edit" | "publish" | "unpublish" | "restore" | "import" | "delete";
            question: string;
            answer: string;
            category: string;
            tags: string[];
            at: string;
            by: string;
        };
        Insights: {
            searches: {
                total: number;
                top: {
                    locale: string;
                    query: string;
                    count: number;
                    results: number;
                }[];
                zeroResults: {
                    locale: string;
                    query: string;
                    count: number;
                    results: number;
                }[];
            };
            articles: {
                votes: {
                    slug: string;
                    locale: string;
                    up: number;
                    down: number;
                    helpfulRatio: number;
                }[];
                /** @description Most read first, at most 50 */
                byTitle: {
                    slug: string;
                    locale: string;
                    /** @description The question as published (the slug when it is gone) */
                    title: string;
                    /** @description Times the article page was opened in the window */
                    views: number;
                    up: number;
                    down: number;
                    /** @description up / (up + down) in the window; null without votes */
                    helpfulRatio: number | null;
                    trend: {
                        /** @description Views in the last 7 days */
                        recent: number;
                        /** @description Views in the 7 days before */
                        previous: number;
                        /** @description (recent - previous) / previous; null when previous is 0 */
                        change: number | null;
                    };
                }[];
                unhelpful: {
                    slug: string;
                    locale: string;
                    down: number;
                    reasons: {
                        reason: string;
                        comment?: string;
                        at: string;
                    }[];
                }[];
            };
            bot: {
                intents: {
                    intent: string;
                    count: number;
                }[];
                fallbacks: {
                    locale: string;
                    utterance: string;
                    count: number;
                }[];
                handoffs: number;
            };
            nps: {
                responses: number;
                score: number | null;
                promoters: number;
                passives: number;
                detractors: number;
            };
            csat: {
                responses: number;
                average: number | null;
                satisfiedShare: number | null;
            };
        };
        RelationshipInsights: {
            /** @description Customers with at least one order not cancelled or returned */
            customers: number;
            /** @description Customers whose latest order is within CHURN_DAYS */
            activeCustomers: number;
            churnRateLast12Months: number;
            tenure: {
                bucket: string;
                customers: number;
            }[];
            retentionByCohort: {
                /** @description First-order month, YYYY-MM */
                cohort: string;
                size: number;
                /** @description Share of the cohort ordering k months after its first month */
                retained: number[];
            }[];
            averageOrderValueCents: number;
            /** @description Average spend per customer so far */
            customerLifetimeValueCents: number;
            customerLifetimeValueForecastCents: number;
            top20RevenueShare: number;
            exitReasons: {
                reason: string;
                /**
                 * @description Given when closing the account, cancelling an order or returning items
                 * @enum {string}
                 */
                source: "account" | "cancel" | "return";
                count: number;
            }[];
            nps: {
                score: number | null;
                promoters: number;
                passives: number;
                detractors: number;
                responses: number;
                trend: {
                    month: string;
                    score: number | null;
                    responses: number;
                }[];
            };
            /** @description Share of ratings 4 or 5 (of 5) in the last 12 months */
            csat: number | null;
            csatResponses: number;
            selfServiceResolutionRate: number;
            firstContactResolutionRate: number;
            /** @description Over the last 30 complete days; `method.deflection` says how */
            deflection: {
                /** @description Help contacts no ticket followed within a day; null without contacts */
                rate: number | null;
                searchVisits: number;
                searchVisitsWithTicket: number;
                chats: number;
                chatsWithTicket: number;
                days: number;
                from: string;
                to: string;
            };
            counts: {
                [key: string]: number;
            };
            method: {
                [key: string]: string | number;
            };
        };
        CustomerActionLists: {
            atRisk: {
                /** @description Also the customer's id on the customers page */
                email: string;
                name: string;
                locale?: string;
                spendCents: number;
                orders: number;
                firstDay: string;
                /** @description Day of the last order that counts */
                lastDay: string;
                /** @description Latest message sent to them (lapsed list) */
                lastContactedAt?: string;
            }[];
            lapsed: {
                /** @description Also the customer's id on the customers page */
                email: string;
                name: string;
                locale?: string;
                spendCents: number;
                orders: number;
                firstDay: string;
                /** @description Day of the last order that counts */
                lastDay: string;
                /** @description Latest message sent to them (lapsed list) */
                lastContactedAt?: string;
            }[];
            detractors: {
                email: string;
                name: string;
                score: number;
                at: string;
                comment?: string;
                orderNumber?: string;
            }[];
            method: {
                [key: string]: string;
            };
        };
        TicketQueue: {
            tickets: components["schemas"]["TicketRow"][];
            total: number;
            /** @description Tickets per view: each status, mine, unassigned, breached (active tickets) */
            counts: {
                [key: string]: number;
            };
        };
        TicketRow: {
            id: string;
            /** @enum {string} */
            status: "new" | "open" | "waiting" | "solved" | "closed";
            /** @description The one-line summary */
            reason: string;
            orderNumber?: string;
            locale: string;
            /** @enum {string} */
            source?: "chat" | "problem_report";
            sessionId?: string;
            customerId?: string;
            contact: {
                email?: string;
                name?: string;
            };
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            assignee?: string;
            version?: number;
            createdAt: string;
            updatedAt: string;
            lastMessageAt?: string;
            firstResponseAt?: string;
            solvedAt?: string;
            messageCount?: number;
            csat?: {
                score: number;
                comment?: string;
                at: string;
            };
            sla: components["schemas"]["TicketSla"];
        };
        TicketSla: {
            firstResponse: {
                dueAt: string;
                minutesLeft?: number;
                met?: boolean;
                breached: boolean;
            };
            resolution: {
                dueAt: string;
                minutesLeft?: number;
                met?: boolean;
                breached: boolean;
            };
            breached: boolean;
            minutesLeft?: number;
        };
        Ticket: components["schemas"]["TicketRow"] & {
            summary: string;
            transcript: {
                at: string;
                /** @enum {string} */
                role: "user" | "bot";
                text: string;
                intent?: string;
            }[];
            history?: {
                /** @enum {string} */
                status?: "new" | "open" | "waiting" | "solved" | "closed";
                /** @enum {string} */
                priority?: "low" | "normal" | "high" | "urgent";
                assignee?: string | null;
                by: string;
                at: string;
            }[];
            messages: components["schemas"]["TicketMessage"][];
            customer?: components["schemas"]["TicketCustomerPicture"];
        };
        TicketMessage: {
            id: string;
            at: string;
            author: {
                /** @enum {string} */
                role: "customer" | "agent";
                email?: string;
            };
            /** @enum {string} */
            via: "chat" | "portal";
            internal: boolean;
            body: string;
            /** @description Sanitised HTML, safe to show */
            html: string;
        };
        TicketCustomerPicture: {
            email: string;
            name: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale: "en" | "de" | "vi" | "zh";
            customerSince: string;
            tier: string;
            stage: string;
            orderCount: number;
            spentLast12MonthsCents: number;
            contactChannel: string;
            /** @description The staff member their tickets go to first */
            namedAgent?: string;
            openOrders: {
                orderNumber: string;
                status: string;
                statusText: string;
                placedAt: string;
                expectedDelivery?: string;
                totalCents: number;
                currency: string;
            }[];
            recentOrders: {
                orderNumber: string;
                status: string;
                statusText: string;
                placedAt: string;
                expectedDelivery?: string;
                totalCents: number;
                currency: string;
            }[];
            earlierTickets: {
                id: string;
                /** @enum {string} */
                status: "new" | "open" | "waiting" | "solved" | "closed";
                reason: string;
                createdAt: string;
                csat?: number;
            }[];
        };
        TicketPatch: {
            /** @enum {string} */
            status?: "new" | "open" | "waiting" | "solved" | "closed";
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            /** @description A staff email, `me`, or null to unassign */
            assignee?: string | null;
            /** @description The version you saw (or send If-Match) */
            version?: number;
        };
        SavedReplies: components["schemas"]["SavedRepliesInput"] & {
            /** @description Send it back as If-Match ("0" before the first save) */
            version: number;
            updatedBy?: string;
            updatedAt?: string;
        };
        SavedRepliesInput: {
            replies: {
                title: string;
                body: string;
            }[];
        };
        NamedAgent: {
            email: string;
            agent: string | null;
        };
        NamedAgentInput: {
            /** Format: email */
            agent: string | null;
        };
        TicketReply: {
            /** @description Markdown, sanitised like FAQ answers */
            body: string;
            /** @description An internal note: staff only, never shown to the customer */
            internal?: boolean;
        };
        OutboxList: {
            messages: components["schemas"]["OutboxMessage"][];
            nextCursor?: string;
        };
        OutboxMessage: {
            id: string;
            to: string;
            /** @enum {string} */
            kind: "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "refund_issued" | "nps_invite" | "ticket_reply" | "shop_address_changed";
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale: "en" | "de" | "vi" | "zh";
            subject: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "withdrawn";
            createdAt: string;
            sentAt?: string;
            attempts: number;
            /** @description Why the last send failed */
            lastError?: string;
        };
        CustomerSearch: {
            customers: components["schemas"]["CustomerHit"][];
        };
        CustomerHit: {
            /** @description The customer's email: the id of their page */
            id: string;
            email: string;
            name: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale: "en" | "de" | "vi" | "zh";
            /** @enum {string} */
            tier: "bronze" | "silver" | "gold" | "platinum";
            /** @enum {string} */
            stage: "prospect" | "new" | "active" | "loyal" | "at_risk" | "lapsed";
            orderCount: number;
            /** @enum {string} */
            matched: "email" | "order" | "name";
            /** @description The order the query named */
            orderNumber?: string;
        };
        CustomerPicture: {
            customer: {
                customerId: string;
                email: string;
                name: string;
                /**
                 * @description UI and content language
                 * @enum {string}
                 */
                locale: "en" | "de" | "vi" | "zh";
                preferences: components["schemas"]["Preferences"];
                specialDates: components["schemas"]["SpecialDate"][];
                defaultAddress?: components["schemas"]["PostalAddress"];
                customerSince: string;
                /** @enum {string} */
                tier: "bronze" | "silver" | "gold" | "platinum";
                /** @enum {string} */
                stage: "prospect" | "new" | "active" | "loyal" | "at_risk" | "lapsed";
                stats: {
                    orderCount: number;
                    spentLast12MonthsCents: number;
                    lastOrderAt?: string;
                };
                openOrders: number;
                id: string;
            };
            /** @description Newest first, at most 50, timelines in time order */
            orders: components["schemas"]["StaffOrder"][];
            tickets: {
                id: string;
                /** @enum {string} */
                status: "new" | "open" | "waiting" | "solved" | "closed";
                reason: string;
                locale: string;
                createdAt: string;
                updatedAt: string;
            }[];
            chats: {
                sessionId: string;
                createdAt: string;
                updatedAt: string;
                turns: number;
                locale?: string;
                rating?: number;
                ratedAt?: string;
            }[];
            feedback: {
                nps: {
                    score: number;
                    at: string;
                    comment?: string;
                    orderNumber?: string;
                }[];
                csat: {
                    score: number;
                    at: string;
                    sessionId: string;
                }[];
            };
            /** @description Personal notes from staff, newest first */
            notes: components["schemas"]["PersonalNote"][];
            messages: {
                id: string;
                /** @enum {string} */
                kind: "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "refund_issued" | "nps_invite";
                subject: string;
                /** @enum {string} */
                status: "pending" | "sent" | "failed" | "withdrawn";
                orderNumber?: string;
                createdAt: string;
                sentAt?: string;
            }[];
        };
        StaffOrder: {
            orderNumber: string;
            /** @enum {string} */
            status: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned";
            placedAt: string;
            currency: string;
            totalCents: number;
            items: {
                lineId?: string;
                sku?: string;
                name: string;
                quantity: number;
                unitPriceCents: number;
            }[];
            shippingAddress?: {
                name: string;
                line1: string;
                postalCode: string;
                city: string;
                country: string;
            };
            tracking?: {
                carrier: string;
                trackingNumber: string;
                url?: string;
            };
            expectedDelivery?: string;
            timeline: {
                /** @enum {string} */
                status: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned";
                at: string;
                carrier?: string;
                trackingNumber?: string;
                location?: string;
                note?: string;
            }[];
            updatedAt: string;
        };
        PersonalNote: {
            id: string;
            at: string;
            /** @description The staff member who wrote it */
            by: string;
            body: string;
            /** @description Sanitised HTML */
            html: string;
        };
        NewPersonalNote: {
            /** @description Markdown, at most 1,000 characters */
            body: string;
        };
        BackfillReport: {
            created: number;
            updated: number;
            unchanged: number;
            failed: number;
            rows: {
                /** @description Position of the row in the request */
                index: number;
                orderNumber?: string;
                /** @enum {string} */
                result: "created" | "updated" | "unchanged" | "error";
                errors?: {
                    field: string;
                    message: string;
                }[];
            }[];
        };
        /** @description Rows: { orderNumber, customer: { email, name?, locale? }, placedAt, currency, items: [{ sku?, name, quantity, unitPriceCents }], totalCents, shippingAddress?, status?, expectedDelivery? } */
        BackfillBody: unknown[];
        BotRules: {
            version: number;
            /** @enum {string} */
            source: "built-in" | "stored";
            rules?: unknown;
        };
        BotRulesHistory: {
            current: number;
            /** @description Saved versions, newest first (0, the built-in file, is implied) */
            versions: components["schemas"]["BotRulesVersion"][];
        };
        BotRulesVersion: {
            version: number;
            updatedAt: string;
            updatedBy: string;
            restoredFrom?: number;
        };
        BotRulesRestore: {
            version: number;
        };
        BotExplanation: {
            /**
             * @description UI and content language
             * @enum {string}
             */
            language: "en" | "de" | "vi" | "zh";
            /** @description What the patterns ran on: normalised, folded, typo-corrected */
            text: string;
            entities: {
                orderNumbers: string[];
                emails: string[];
                dates: string[];
            };
            decision: {
                intent: string;
                confidence: number;
                outOfScope: boolean;
                alternatives?: string[];
            };
            intents: {
                intent: string;
                score: number;
                patternScore: number;
                exampleBonus: number;
                entityBoost: number;
                smallTalk: boolean;
                matched: string[];
            }[];
            outOfScope: {
                patternScore: number;
                exampleScore: number;
                matched: string[];
            };
            nearestExamples: {
                class: string;
                similarity: number;
            }[];
        };
        BotTestRequest: {
            message: string;
            /**
             * @description UI and content language
             * @enum {string}
             */
            locale?: "en" | "de" | "vi" | "zh";
            /** @description A draft rule file to try instead of the live one (checked, never saved) */
            rules?: {
                [key: string]: unknown;
            };
        };
        PhotoLink: {
            photoId: string;
            contentType: string;
            /** @description Shows the photo until expiresAt (a presigned GET on AWS) */
            url: string;
            expiresAt: string;
        };
        TicketPhotos: {
            orderNumber?: string;
            photos: components["schemas"]["PhotoLink"][];
        };
        FeedResult: {
            orderNumber: string;
            /** @enum {string} */
            status: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned";
            /** @description false when the request repeated one already applied */
            changed: boolean;
            version: number;
        };
        FeedOrder: {
            customer: {
                /** Format: email */
                email: string;
                name?: string;
                /**
                 * @description UI and content language
                 * @enum {string}
                 */
                locale?: "en" | "de" | "vi" | "zh";
            };
            /**
             * Format: date-time
             * @description ISO 8601 time with zone
             */
            placedAt: string;
            currency: string;
            items: {
                sku?: string;
                name: string;
                quantity: number;
                unitPriceCents: number;
            }[];
            totalCents: number;
            shippingAddress?: {
                name: string;
                line1: string;
                postalCode: string;
                city: string;
                country: string;
            };
            /**
             * @description Where the order is when placed (default placed)
             * @enum {string}
             */
            status?: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned";
            /** @description ISO date (YYYY-MM-DD) */
            expectedDelivery?: string;
        };
        FeedEvent: {
            eventId: string;
            /**
             * @description An order status, or a return's step (return_received, refund_issued, ...) naming its rmaId
             * @enum {string}
             */
            type: "placed" | "paid" | "packed" | "shipped" | "delayed" | "out_for_delivery" | "delivery_attempted" | "delivered" | "cancelled" | "returned" | "return_requested" | "return_label_issued" | "return_received" | "refund_issued";
            /** @description The return a return step belongs to */
            rmaId?: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with zone
             */
            at: string;
            carrier?: string;
            trackingNumber?: string;
            trackingUrl?: string;
            /** @description ISO date (YYYY-MM-DD) */
            expectedDelivery?: string;
            note?: string;
            /**
             * @description With type cancelled only: why, in Shopify's words. Only `customer` counts among the reasons customers leave (once, when this event cancels the order); the others are the shop's or the bank's doing
             * @enum {string}
             */
            cancelReason?: "customer" | "fraud" | "inventory" | "declined" | "staff" | "other";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
